import { Alert, Anchor, Badge, Group, List, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { municipalitiesQuery } from "../platform/reference-data/reference-queries.js";
import { useFormatters } from "../ui/use-formatters.js";
import { formatBirthDate } from "./birth-date.js";
import { duplicateCandidatesQuery, type TDuplicateProbe } from "./person-queries.js";

type TDuplicateCandidatesPanelProps = {
  givenName: string;
  familyName: string;
  birthYear: number | string;
  birthMonth: number | string;
  birthDay: number | string;
};

const asNumber = (value: number | string) => (typeof value === "number" ? value : undefined);

/** Enough typed to look: two letters of a name part, so a single keystroke does not query the registry. */
function toProbe(props: TDuplicateCandidatesPanelProps): TDuplicateProbe | undefined {
  const givenName = props.givenName.trim();
  const familyName = props.familyName.trim();
  if (givenName.length < 2 && familyName.length < 2) return undefined;
  return {
    givenName,
    familyName,
    birthYear: asNumber(props.birthYear),
    birthMonth: asNumber(props.birthMonth),
    birthDay: asNumber(props.birthDay),
  };
}

/**
 * Search before create: while the name (and date of birth) is typed, the likely existing records
 * show first, best first, with why they look alike. The list lives in a polite live region, so a
 * screen reader hears when candidates appear without losing its place in the form.
 */
export function DuplicateCandidatesPanel(props: TDuplicateCandidatesPanelProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const typed = toProbe(props);
  const [probeKey] = useDebouncedValue(typed === undefined ? "" : JSON.stringify(typed), 400);
  const probe = probeKey === "" ? undefined : (JSON.parse(probeKey) as TDuplicateProbe);
  const candidates = useQuery({
    ...duplicateCandidatesQuery(probe ?? { givenName: "", familyName: "" }),
    enabled: probe !== undefined,
  });
  const municipalities = useQuery(municipalitiesQuery);
  const names = new Map((municipalities.data ?? []).map((entry) => [entry.ags, entry.name]));
  const found = probe === undefined ? [] : (candidates.data?.candidates ?? []);
  return (
    <div aria-live="polite">
      {found.length === 0 ? (
        <Text size="sm" c="dimmed">
          {probe !== undefined && candidates.isSuccess ? t("arrival.duplicates.none") : t("arrival.duplicates.empty")}
        </Text>
      ) : (
        <Alert color="blue" variant="light" title={t("arrival.duplicates.title", { count: found.length })}>
          <Text size="sm" mb="xs">
            {t("arrival.duplicates.hint")}
          </Text>
          <List size="sm" spacing="xs">
            {found.map((candidate) => (
              <List.Item key={candidate.id}>
                <Group gap="xs" wrap="wrap">
                  <Anchor href={`/app/arrival/persons/${candidate.id}`} target="_blank" rel="noopener">
                    {candidate.givenName} {candidate.familyName}
                    <Text component="span" size="xs">
                      {" "}
                      ({t("arrival.duplicates.opensNewWindow")})
                    </Text>
                  </Anchor>
                  <Text size="sm">
                    {[formatBirthDate(candidate, formatDate), names.get(candidate.municipalityAgs)]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                  {candidate.isLikelyDuplicate ? (
                    <Badge color="dark" variant="filled">
                      {t("arrival.duplicates.likely")}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs">
                  {candidate.reasons.map((reason) => t(`arrival.duplicates.reasons.${reason}`)).join(", ")}
                </Text>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </div>
  );
}
