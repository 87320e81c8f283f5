import { Button, Group, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TPerson } from "../../common/arrival/person-schemas.js";
import { isPlanDocumentLanguage, type TIntegrationPlan } from "../../common/counselling/plan-schemas.js";
import { languageName } from "../../common/platform/iso-codes.js";
import { currentLanguage } from "../i18n/i18n.js";
import { useDateTimeFormat } from "../ui/use-date-time-format.js";
import { useFormatters } from "../ui/use-formatters.js";
import { describeAgreementChannel, describePlanStatus, planFieldLabels } from "./plan-labels.js";
import { planDocumentHref } from "./plan-queries.js";

/** The person's preferred language when the plan can be printed in it (German is offered anyway). */
function personDocumentLanguage(person: TPerson): string | undefined {
  const primary = person.preferredLanguage?.split("-")[0]?.toLowerCase() ?? "";
  return isPlanDocumentLanguage(primary) && primary !== "de" ? primary : undefined;
}

/** Status, agreement, "changed since agreement" with what changed, next review, and the PDFs. */
export function PlanSummary({ plan, person }: { plan: TIntegrationPlan; person: TPerson }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const formatDateTime = useDateTimeFormat();
  const labels = planFieldLabels(t);
  const { agreement } = plan;
  const ownLanguage = personDocumentLanguage(person);
  return (
    <Stack gap="xs">
      <Text size="sm">
        <Text span fw={700}>
          {t("counselling.plan.status")}:
        </Text>{" "}
        {describePlanStatus(plan.status, t)}
      </Text>
      <Text size="sm">
        {agreement
          ? t("counselling.plan.agreedText", {
              date: formatDate(agreement.agreedOn),
              how: describeAgreementChannel(agreement.agreedHow, t),
            })
          : t("counselling.plan.notAgreed")}
        {agreement?.agreedWith ? ` ${t("counselling.plan.agreedWithText", { name: agreement.agreedWith })}` : null}
      </Text>
      {plan.changesSinceAgreement.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            {t("counselling.plan.changedSinceAgreement")}
          </Text>
          <List size="sm">
            {plan.changesSinceAgreement.map((change) => (
              <List.Item key={`${change.occurredAt}-${change.part}-${change.fields.join()}`}>
                {formatDateTime(change.occurredAt)}
                {change.actorName ? ` (${change.actorName})` : ""}:{" "}
                {(change.kind === "added"
                  ? [`${change.part}.added`]
                  : change.fields.map((field) => `${change.part}.${field}`)
                )
                  .map((key) => labels[key] ?? key)
                  .join(", ")}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      <Text size="sm">
        <Text span fw={700}>
          {t("counselling.plan.nextReviewOn")}:
        </Text>{" "}
        {plan.nextReviewOn ? formatDate(plan.nextReviewOn) : t("counselling.plan.noNextReview")}
      </Text>
      <Group gap="xs">
        <Button component="a" href={planDocumentHref(person.id, "de")} download variant="default" size="xs">
          {t("counselling.plan.pdfIn", { language: languageName("de", currentLanguage()) })}
        </Button>
        {ownLanguage ? (
          <Button component="a" href={planDocumentHref(person.id, ownLanguage)} download variant="default" size="xs">
            {t("counselling.plan.pdfIn", { language: languageName(ownLanguage, currentLanguage()) })}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
