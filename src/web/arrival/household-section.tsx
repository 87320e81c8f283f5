import { Anchor, Badge, Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TAgeGroup } from "../../common/arrival/household-schemas.js";
import type { TPerson } from "../../common/arrival/person-schemas.js";
import { ConfirmDialog } from "../platform/administration/confirm-dialog.js";
import printClasses from "../ui/print.module.css";
import { ProblemAlert } from "../ui/problem-alert.js";
import { HouseholdDialog } from "./household-dialog.js";
import { householdQuery, useChangeHousehold } from "./person-queries.js";

const ageGroupColors: Record<TAgeGroup, string> = {
  infant: "grape.9",
  kita: "teal.9",
  school: "blue.9",
  adult: "gray.8",
};

/**
 * Who lives with the person, with ages, so that Kita and school needs stand out; users who may change
 * the record put the person into a household or take them out of it (after a confirmation).
 */
export function HouseholdSection({ person }: { person: TPerson }) {
  const { t } = useTranslation();
  const headingId = useId();
  const household = useQuery(householdQuery(person.id));
  const changeHousehold = useChangeHousehold(person.id);
  const [isJoining, setIsJoining] = useState(false);
  const [isConfirmingLeave, setIsConfirmingLeave] = useState(false);
  const members = household.data?.members ?? [];
  const canChange = person.allowedActions.includes("update") && person.status === "active";
  const hasHousehold = household.data !== undefined && household.data.householdId !== null;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t("arrival.household.title")}
      </Title>
      {household.data?.householdId === null || members.length <= 1 ? (
        <Text size="sm">{t("arrival.household.none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("arrival.household.name")}</Table.Th>
                <Table.Th>{t("arrival.household.relation")}</Table.Th>
                <Table.Th>{t("arrival.household.age")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    {member.isSelf ? (
                      `${member.givenName} ${member.familyName}`
                    ) : (
                      <Anchor component={Link} to={`/arrival/persons/${member.id}`}>
                        {member.givenName} {member.familyName}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>{member.relation ? t(`arrival.household.relations.${member.relation}`) : "–"}</Table.Td>
                  <Table.Td>
                    {member.age === null ? "–" : t("arrival.household.years", { count: member.age })}{" "}
                    {member.ageGroup && member.ageGroup !== "adult" ? (
                      <Badge color={ageGroupColors[member.ageGroup]} variant="filled">
                        {t(`arrival.household.ageGroups.${member.ageGroup}`)}
                      </Badge>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canChange ? (
        <Group mt="sm" className={printClasses.screenOnly}>
          {changeHousehold.error ? <ProblemAlert error={changeHousehold.error} /> : null}
          <Button variant="default" onClick={() => setIsJoining(true)}>
            {t("arrival.household.join")}
          </Button>
          {hasHousehold ? (
            <Button variant="default" onClick={() => setIsConfirmingLeave(true)}>
              {t("arrival.household.leave")}
            </Button>
          ) : null}
        </Group>
      ) : null}
      <HouseholdDialog personId={person.id} isOpen={isJoining} onClose={() => setIsJoining(false)} />
      <ConfirmDialog
        title={t("arrival.household.leaveTitle")}
        message={t("arrival.household.leaveMessage", { name: `${person.givenName} ${person.familyName}` })}
        confirmLabel={t("arrival.household.leave")}
        isOpen={isConfirmingLeave}
        isPending={changeHousehold.isPending}
        onConfirm={() =>
          changeHousehold.mutate(
            { withPersonId: null, relation: null },
            { onSuccess: () => setIsConfirmingLeave(false) },
          )
        }
        onCancel={() => setIsConfirmingLeave(false)}
      />
    </Paper>
  );
}
