import { Button, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TRole } from "../../../common/platform/organisations.js";
import type { TUserSummary } from "../../../common/platform/user-schemas.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { describeOrganisationKind, describeRole } from "../session/membership-labels.js";
import { useSignedInUser } from "../session/use-signed-in-user.js";
import { organisationsQuery, useGrantMembership, useRevokeMembership } from "./administration-api.js";
import { listGrantableRoles } from "./role-options.js";

type TMembershipEditorProps = { user: TUserSummary };

/** A user's memberships (organisation × role): revoke one, grant another. */
export function MembershipEditor({ user }: TMembershipEditorProps) {
  const { t } = useTranslation();
  const signedIn = useSignedInUser();
  const grant = useGrantMembership();
  const revoke = useRevokeMembership();
  const canManage = user.allowedActions.includes("manage_memberships");
  const organisations = useQuery({ ...organisationsQuery({ pageSize: 100 }), enabled: canManage });
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const organisation = organisations.data?.items.find((candidate) => candidate.id === organisationId);
  const roles = listGrantableRoles(signedIn, organisation?.kind, t);
  const error = grant.error ?? revoke.error;

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t("administration.users.memberships")}
      </Title>
      {error ? <ProblemAlert error={error} /> : null}
      {user.memberships.length === 0 ? (
        <Text>{t("administration.users.noMemberships")}</Text>
      ) : (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("administration.users.organisation")}</Table.Th>
              <Table.Th scope="col">{t("administration.organisations.kind")}</Table.Th>
              <Table.Th scope="col">{t("administration.users.role")}</Table.Th>
              <Table.Th scope="col">{t("administration.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {user.memberships.map((membership) => (
              <Table.Tr key={`${membership.organisationId}-${membership.role}`}>
                <Table.Td>{membership.organisationName}</Table.Td>
                <Table.Td>{describeOrganisationKind(membership.organisationKind, t)}</Table.Td>
                <Table.Td>{describeRole(membership.role, t)}</Table.Td>
                <Table.Td>
                  {membership.canRevoke ? (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      loading={revoke.isPending}
                      aria-label={t("administration.users.revokeNamed", {
                        role: describeRole(membership.role, t),
                        organisation: membership.organisationName,
                      })}
                      onClick={() =>
                        revoke.mutate({
                          userId: user.id,
                          organisationId: membership.organisationId,
                          role: membership.role,
                        })
                      }
                    >
                      {t("administration.users.revoke")}
                    </Button>
                  ) : membership.singleSignOnProvider ? (
                    <Text size="sm">
                      {t("administration.users.fromSingleSignOn", { provider: membership.singleSignOnProvider })}
                    </Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canManage ? (
        <Group align="flex-end">
          <Select
            label={t("administration.users.organisation")}
            data={(organisations.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
            value={organisationId}
            onChange={(value) => {
              setOrganisationId(value);
              setRole(null);
            }}
            searchable
          />
          <Select
            label={t("administration.users.role")}
            data={roles}
            value={role}
            onChange={setRole}
            disabled={!organisation}
          />
          <Button
            disabled={!organisationId || !role}
            loading={grant.isPending}
            onClick={() => {
              if (!organisationId || !role) return;
              grant.mutate(
                { userId: user.id, organisationId, role: role as TRole },
                { onSuccess: () => setRole(null) },
              );
            }}
          >
            {t("administration.users.grant")}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
