import { Anchor, Button, Group, Paper, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { z } from "zod";
import { useSignedInUser } from "../platform/session/use-signed-in-user.js";
import { TableSkeleton } from "../ui/data-table/table-skeleton.js";
import { PageHeader } from "../ui/page-header.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { canKeepConcept } from "./concept-access.js";
import { ConceptNoAccess } from "./concept-no-access.js";
import { ConceptPeriodDialog } from "./concept-period-dialog.js";
import { conceptPeriodsQuery } from "./concept-queries.js";
import { ConceptPeriodStatusBadge } from "./concept-status-badge.js";

const ZCreated = z.object({ id: z.string() });

/** Steuerung: the district's integration concept periods; a coordinator starts one and opens it. */
export function SteeringPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (!canKeepConcept(user)) return <ConceptNoAccess pageTitle={t("modules.steering.title")} />;
  return <ConceptPeriodsList />;
}

function ConceptPeriodsList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periods = useQuery(conceptPeriodsQuery());
  const [isCreating, setIsCreating] = useState(false);
  return (
    <>
      <PageHeader title={t("steering.periods.title")} description={t("steering.periods.description")} />
      <Stack gap="md">
        <Group>
          <Button onClick={() => setIsCreating(true)}>{t("steering.periods.create")}</Button>
        </Group>
        {periods.isPending ? (
          <TableSkeleton />
        ) : periods.isError ? (
          <ProblemAlert error={periods.error} onRetry={() => void periods.refetch()} />
        ) : periods.data.items.length === 0 ? (
          <Paper withBorder p="lg" radius="md">
            <Text role="status">{t("steering.periods.empty")}</Text>
          </Paper>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm">
              <Table.Caption>{t("steering.periods.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("steering.fields.name")}</Table.Th>
                  <Table.Th scope="col">{t("steering.periods.years")}</Table.Th>
                  <Table.Th scope="col">{t("steering.fields.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {periods.data.items.map((period) => (
                  <Table.Tr key={period.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/steering/concept/${period.id}`}>
                        {period.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t("steering.period.years", { start: period.startYear, end: period.endYear })}</Table.Td>
                    <Table.Td>
                      <ConceptPeriodStatusBadge status={period.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {isCreating ? (
        <ConceptPeriodDialog
          onClose={() => setIsCreating(false)}
          onReload={() => void periods.refetch()}
          onSaved={(answer) => {
            const created = ZCreated.safeParse(answer);
            if (created.success) void navigate(`/steering/concept/${created.data.id}`);
          }}
        />
      ) : null}
    </>
  );
}
