import { Badge, Group, List, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TNeedPriority } from "../../../common/counselling/assessment-schemas.js";
import { type TText, textIn } from "../../../common/counselling/questionnaire-schemas.js";
import { fieldsOfActionQuery } from "../../platform/reference-data/reference-queries.js";

type TNeedItem = { code: string; fieldOfAction: string; priority: TNeedPriority; reason: TText };

const priorityColors: Record<TNeedPriority, string> = { high: "red.9", medium: "#7a4a00", low: "gray.7" };

export function PriorityBadge({ priority }: { priority: TNeedPriority }) {
  const { t } = useTranslation();
  const labels: Record<TNeedPriority, string> = {
    high: t("counselling.needs.priority.high"),
    medium: t("counselling.needs.priority.medium"),
    low: t("counselling.needs.priority.low"),
  };
  return (
    <Badge variant="outline" color={priorityColors[priority]}>
      {labels[priority]}
    </Badge>
  );
}

/** Needs grouped by field of action (in the district's order), each with priority and reason. */
export function NeedsList({ needs, headingOrder = 3 }: { needs: readonly TNeedItem[]; headingOrder?: 3 | 4 }) {
  const { i18n } = useTranslation();
  const fields = useQuery(fieldsOfActionQuery);
  const order = (code: string) => fields.data?.find((field) => field.code === code)?.position ?? 99;
  const fieldName = (code: string) => {
    const field = fields.data?.find((candidate) => candidate.code === code);
    if (!field) return code;
    return i18n.language.startsWith("de") ? field.nameDe : field.nameEn;
  };
  const groups = [...new Set(needs.map((need) => need.fieldOfAction))].sort((a, b) => order(a) - order(b));
  return (
    <Stack gap="md">
      {groups.map((field) => (
        <div key={field}>
          <Title order={headingOrder} size="h5" mb={4}>
            {fieldName(field)}
          </Title>
          <List spacing="xs" listStyleType="none" pl={0}>
            {needs
              .filter((need) => need.fieldOfAction === field)
              .map((need) => (
                <List.Item key={need.code}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <PriorityBadge priority={need.priority} />
                    <Text size="sm">{textIn(need.reason, i18n.language)}</Text>
                  </Group>
                </List.Item>
              ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
