import { Anchor, Badge, Paper, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TAgeGroup } from "../../common/arrival/household-schemas.js";
import { householdQuery } from "./person-queries.js";

const ageGroupColors: Record<TAgeGroup, string> = {
  infant: "grape.9",
  kita: "teal.9",
  school: "blue.9",
  adult: "gray.8",
};

/** Who lives with the person, with ages, so that Kita and school needs stand out. */
export function HouseholdSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const household = useQuery(householdQuery(personId));
  const members = household.data?.members ?? [];
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
    </Paper>
  );
}
