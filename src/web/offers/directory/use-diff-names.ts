import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { languageName } from "../../../common/platform/iso-codes.js";
import {
  courseTypesQuery,
  fieldsOfActionQuery,
  municipalitiesQuery,
  residenceCategoriesQuery,
} from "../../platform/reference-data/reference-queries.js";
import type { TDiffNames } from "./offer-diff-text.js";
import { useOfferLabels } from "./offer-labels.js";

/** The labels and the reference data's names, so the diff shows words instead of codes. */
export function useDiffNames(): TDiffNames {
  const { i18n } = useTranslation();
  const labels = useOfferLabels();
  const uiLanguage = i18n.resolvedLanguage ?? "de";
  const fieldsOfAction = useQuery(fieldsOfActionQuery);
  const courseTypes = useQuery(courseTypesQuery);
  const residenceCategories = useQuery(residenceCategoriesQuery);
  const municipalities = useQuery(municipalitiesQuery);
  const lookup = <TEntry>(
    entries: TEntry[] | undefined,
    key: (entry: TEntry) => string,
    name: (entry: TEntry) => string,
  ) => {
    const names = new Map((entries ?? []).map((entry) => [key(entry), name(entry)]));
    return (code: string) => names.get(code) ?? code;
  };
  return {
    labels,
    fieldOfAction: lookup(
      fieldsOfAction.data,
      (field) => field.code,
      (field) => (uiLanguage === "en" ? field.nameEn : field.nameDe),
    ),
    courseType: lookup(
      courseTypes.data,
      (courseType) => courseType.code,
      (courseType) => courseType.nameDe,
    ),
    residenceCategory: lookup(
      residenceCategories.data,
      (category) => category.code,
      (category) => category.nameDe,
    ),
    municipality: lookup(
      municipalities.data,
      (municipality) => municipality.ags,
      (municipality) => municipality.name,
    ),
    language: (code) => languageName(code, uiLanguage),
  };
}
