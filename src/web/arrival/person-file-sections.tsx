import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { nameScripts, type TNameScript } from "../../common/arrival/person.js";
import { todayInBerlin } from "../../common/arrival/person-input-schemas.js";
import type { TPerson } from "../../common/arrival/person-schemas.js";
import { languageName, nationalityName } from "../../common/platform/iso-codes.js";
import { municipalitiesQuery, residenceCategoriesQuery } from "../platform/reference-data/reference-queries.js";
import { useFormatters } from "../ui/use-formatters.js";
import {
  describeContactChannel,
  describeLanguageLevel,
  describeNameKind,
  describeScript,
  describeSex,
} from "./arrival-labels.js";
import { ageRange, formatBirthDate } from "./birth-date.js";
import { FileSection } from "./file-section.js";
import classes from "./person-file.module.css";
import { PersonName } from "./person-name.js";

type TSectionProps = { person: TPerson };

const asScript = (script: string): TNameScript | undefined => nameScripts.find((known) => known === script);

/** The passport name and every further spelling, each in its script. */
export function NameSection({ person }: TSectionProps) {
  const { t } = useTranslation();
  const otherNames = person.otherNames.filter((name) => name.kind !== "passport");
  return (
    <FileSection
      title={t("arrival.form.sections.name")}
      entries={[
        { label: t("arrival.fields.familyName"), value: person.familyName || undefined },
        { label: t("arrival.fields.givenName"), value: person.givenName || undefined },
        {
          label: t("arrival.form.otherNames"),
          value:
            otherNames.length === 0 ? undefined : (
              <ul className={classes.plainList}>
                {otherNames.map((name) => {
                  const script = asScript(name.script);
                  const kind = describeNameKind(name.kind, t);
                  return (
                    <li key={`${name.kind}-${name.script}-${name.givenName}-${name.familyName}`}>
                      <PersonName script={name.script} givenName={name.givenName} familyName={name.familyName} /> (
                      {script ? `${kind}, ${describeScript(script, t)}` : kind})
                    </li>
                  );
                })}
              </ul>
            ),
        },
      ]}
    />
  );
}

/** The date of birth as far as it is known, with the age it gives, and the sex. */
export function BirthSection({ person }: TSectionProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const birthDate = formatBirthDate(person, formatDate);
  const age = ageRange(person, todayInBerlin());
  const ageText =
    age === undefined
      ? ""
      : age.min === age.max
        ? t("arrival.file.age", { count: age.min })
        : t("arrival.file.ageRange", { min: age.min, max: age.max });
  return (
    <FileSection
      title={t("arrival.form.sections.birth")}
      entries={[
        { label: t("arrival.file.birthDate"), value: birthDate && `${birthDate} (${ageText})` },
        { label: t("arrival.fields.sex"), value: describeSex(person.sex, t) },
      ]}
    />
  );
}

/** Nationalities and languages, named in the UI language. */
export function OriginSection({ person }: TSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "de";
  return (
    <FileSection
      title={t("arrival.form.sections.origin")}
      entries={[
        {
          label: t("arrival.fields.nationalities"),
          value:
            person.nationalities.length === 0
              ? undefined
              : person.nationalities.map((code) => nationalityName(code, language)).join(", "),
        },
        {
          label: t("arrival.fields.languages"),
          value:
            person.languages.length === 0 ? undefined : (
              <ul className={classes.plainList}>
                {person.languages.map((entry) => (
                  <li key={entry.language}>
                    {languageName(entry.language, language)}: {describeLanguageLevel(entry.level, t)}
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}

/** Arrival dates, residence status (its German name from the reference list) and the permit's expiry. */
export function StaySection({ person }: TSectionProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const categories = useQuery(residenceCategoriesQuery);
  const category = categories.data?.find((entry) => entry.code === person.residenceCategory);
  const date = (value: string | null) => (value === null ? undefined : formatDate(value));
  return (
    <FileSection
      title={t("arrival.form.sections.stay")}
      entries={[
        { label: t("arrival.fields.arrivedInGermanyOn"), value: date(person.arrivedInGermanyOn) },
        { label: t("arrival.fields.arrivedInMunicipalityOn"), value: date(person.arrivedInMunicipalityOn) },
        {
          label: t("arrival.fields.residenceCategory"),
          value:
            person.residenceCategory === null ? undefined : (
              <span lang="de">{category?.nameDe ?? person.residenceCategory}</span>
            ),
        },
        { label: t("arrival.fields.permitExpiresOn"), value: date(person.permitExpiresOn) },
      ]}
    />
  );
}

/** Where the person lives and how to reach them. */
export function ContactSection({ person }: TSectionProps) {
  const { t, i18n } = useTranslation();
  const municipalities = useQuery(municipalitiesQuery);
  const municipality = municipalities.data?.find((entry) => entry.ags === person.municipalityAgs);
  const orNothing = (value: string | null) => value ?? undefined;
  return (
    <FileSection
      title={t("arrival.form.sections.contact")}
      entries={[
        {
          label: t("arrival.fields.municipality"),
          value: <span lang="de">{municipality?.name ?? person.municipalityAgs}</span>,
        },
        { label: t("arrival.fields.street"), value: orNothing(person.street) },
        { label: t("arrival.fields.postalCode"), value: orNothing(person.postalCode) },
        { label: t("arrival.fields.phone"), value: orNothing(person.phone) },
        { label: t("arrival.fields.email"), value: orNothing(person.email) },
        {
          label: t("arrival.fields.preferredChannel"),
          value: person.preferredChannel === null ? undefined : describeContactChannel(person.preferredChannel, t),
        },
        {
          label: t("arrival.fields.preferredLanguage"),
          value:
            person.preferredLanguage === null
              ? undefined
              : languageName(person.preferredLanguage, i18n.resolvedLanguage ?? "de"),
        },
      ]}
    />
  );
}
