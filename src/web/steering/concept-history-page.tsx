import { Anchor, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TConceptChange } from "../../common/steering/concept-view-schemas.js";
import { useSignedInUser } from "../platform/session/use-signed-in-user.js";
import { TableSkeleton } from "../ui/data-table/table-skeleton.js";
import { NoValue } from "../ui/no-value.js";
import { PageHeader } from "../ui/page-header.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useDateTimeFormat } from "../ui/use-date-time-format.js";
import { canKeepConcept } from "./concept-access.js";
import type { TConceptEditing } from "./concept-editing.js";
import { describeChangeValue, type THistoryLookups } from "./concept-history-values.js";
import { useConceptLabels } from "./concept-labels.js";
import { ConceptNoAccess } from "./concept-no-access.js";
import { namePartsOf } from "./concept-part-names.js";
import { conceptHistoryQuery } from "./concept-queries.js";
import { useConceptPeriodOfRoute } from "./use-concept-period.js";
import { useEuroFormat } from "./use-euro-format.js";

/** Every change to a period and its parts, newest first: which part, what changed from what to what, who, when. */
export function ConceptHistoryPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { periodId, isValid, editing, fieldsOfAction, failure, retry } = useConceptPeriodOfRoute();
  const history = useQuery({ ...conceptHistoryQuery(periodId), enabled: isValid });
  if (!canKeepConcept(user)) return <ConceptNoAccess pageTitle={t("steering.history.title")} />;
  return (
    <>
      <PageHeader
        title={editing ? t("steering.history.titleOf", { name: editing.period.name }) : t("steering.history.title")}
      />
      <Stack gap="lg">
        <Text>
          <Anchor component={Link} to={`/steering/concept/${periodId}`}>
            {t("steering.history.backToPeriod")}
          </Anchor>
        </Text>
        {!isValid ? (
          <Text>{t("steering.period.notFound")}</Text>
        ) : failure || history.isError ? (
          <ProblemAlert error={failure ?? history.error} onRetry={failure ? retry : () => void history.refetch()} />
        ) : !editing || history.isPending ? (
          <TableSkeleton />
        ) : history.data.items.length === 0 ? (
          <Text role="status">{t("steering.history.empty")}</Text>
        ) : (
          <HistoryTable editing={editing} fieldsOfAction={fieldsOfAction} changes={history.data.items} />
        )}
      </Stack>
    </>
  );
}

type THistoryTableProps = {
  editing: TConceptEditing;
  fieldsOfAction: Parameters<typeof namePartsOf>[1];
  changes: TConceptChange[];
};

function HistoryTable({ editing, fieldsOfAction, changes }: THistoryTableProps) {
  const { t, i18n } = useTranslation();
  const labels = useConceptLabels();
  const formatDateTime = useDateTimeFormat();
  const formatEuro = useEuroFormat();
  const language = i18n.resolvedLanguage;
  const fieldName = (field: (typeof fieldsOfAction)[number]) => (language === "en" ? field.nameEn : field.nameDe);
  const partNames = namePartsOf(editing.period, fieldsOfAction, {
    fieldOfAction: fieldName,
    subGoal: (code, title) => `${t("steering.subGoal.name", { code })}: ${title}`,
    measure: (code, title) => `${t("steering.measure.name", { code })}: ${title}`,
  });
  const lookups = useMemo<THistoryLookups>(() => {
    const number = new Intl.NumberFormat(language, { maximumFractionDigits: 4 });
    const lookup = (record: Record<string, string>) => (key: string) => record[key];
    return {
      organisationName: (id) => editing.organisations.find((organisation) => organisation.id === id)?.name,
      municipalityName: (ags) => editing.municipalities.find((municipality) => municipality.ags === ags)?.name,
      fieldOfActionName: (code) => {
        const field = fieldsOfAction.find((candidate) => candidate.code === code);
        return field ? (language === "en" ? field.nameEn : field.nameDe) : undefined;
      },
      periodStatus: lookup(labels.periodStatuses),
      measureStatus: lookup(labels.measureStatuses),
      indicatorKey: lookup(labels.indicatorKeys),
      formatNumber: (value) => number.format(value),
      formatEuro,
    };
  }, [editing, fieldsOfAction, labels, language, formatEuro]);
  const fieldOrder = Object.keys(labels.fields);
  const position = (field: string) => {
    const index = fieldOrder.indexOf(field);
    return index === -1 ? fieldOrder.length : index;
  };
  const say = (value: string | null) => value ?? <NoValue />;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm">
        <Table.Caption>{t("steering.history.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("steering.history.when")}</Table.Th>
            <Table.Th scope="col">{t("steering.history.who")}</Table.Th>
            <Table.Th scope="col">{t("steering.history.part")}</Table.Th>
            <Table.Th scope="col">{t("steering.history.kind")}</Table.Th>
            <Table.Th scope="col">{t("steering.history.changes")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.id}>
              <Table.Td>{formatDateTime(change.occurredAt)}</Table.Td>
              <Table.Td>{change.actorName ?? <NoValue />}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={700}>
                  {labels.parts[change.part]}
                </Text>
                {partNames.get(change.subjectId) ? <Text size="sm">{partNames.get(change.subjectId)}</Text> : null}
              </Table.Td>
              <Table.Td>{labels.changeKinds[change.kind]}</Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {[...change.fields]
                    .sort((a, b) => position(a) - position(b))
                    .map((field) => {
                      const values = change.values[field];
                      const describe = (value: unknown) => describeChangeValue(change.part, field, value, lookups);
                      return (
                        <Text size="sm" key={field}>
                          <strong>{labels.fieldLabel(field)}:</strong>{" "}
                          {change.kind !== "added" ? (
                            <>
                              {t("steering.history.before")} {say(describe(values?.from))}
                            </>
                          ) : null}
                          {change.kind === "changed" ? " · " : null}
                          {change.kind !== "removed" ? (
                            <>
                              {t("steering.history.after")} {say(describe(values?.to))}
                            </>
                          ) : null}
                        </Text>
                      );
                    })}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
