import { Badge, Group, List, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TCurrentUser } from "../../common/platform/session-schemas.js";
import { describeOrganisationKind, describeRole } from "../platform/session/membership-labels.js";

type TMembershipsCardProps = { memberships: TCurrentUser["memberships"] };

/** Where the user works and in which roles: what decides what they may see. */
export function MembershipsCard({ memberships }: TMembershipsCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="memberships-heading">
      <Title order={2} size="h3" mb="sm" id="memberships-heading">
        {t("start.memberships.title")}
      </Title>
      {memberships.length === 0 ? (
        <Text>{t("start.memberships.none")}</Text>
      ) : (
        <List spacing="xs" listStyleType="none" p={0}>
          {memberships.map((membership) => (
            <List.Item key={`${membership.organisationId}-${membership.role}`}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600} component="span">
                  {membership.organisationName}
                </Text>
                <Text component="span" c="dimmed" size="sm">
                  {describeOrganisationKind(membership.organisationKind, t)}
                </Text>
                <Badge variant="light" radius="sm">
                  {describeRole(membership.role, t)}
                </Badge>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
