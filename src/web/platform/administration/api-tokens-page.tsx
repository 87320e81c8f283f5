import { Badge, Button, Group, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TApiToken, TApiTokenCreated } from "../../../common/platform/api-token-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { DataTable } from "../../ui/data-table/data-table.js";
import type { TColumn } from "../../ui/data-table/table-rows.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { describeRole } from "../session/membership-labels.js";
import { apiTokenOptionsQuery, apiTokensQuery } from "./api-token-queries.js";
import { ApiTokenSecretDialog } from "./api-token-secret-dialog.js";
import { CreateApiTokenDialog } from "./create-api-token-dialog.js";
import { RevokeApiTokenDialog } from "./revoke-api-token-dialog.js";

type TTokenStatus = "active" | "expired" | "revoked";

function statusOf(token: TApiToken): TTokenStatus {
  if (token.revokedAt) return "revoked";
  return new Date(token.expiresAt).getTime() <= Date.now() ? "expired" : "active";
}

/** Verwaltung: API tokens for system integrations — list, issue (secret shown once), revoke. */
export function ApiTokensPage() {
  const { t, i18n } = useTranslation();
  const tokens = useQuery(apiTokensQuery);
  const options = useQuery(apiTokenOptionsQuery);
  const [isCreating, setIsCreating] = useState(false);
  const [created, setCreated] = useState<TApiTokenCreated | null>(null);
  const [revoking, setRevoking] = useState<TApiToken | null>(null);
  const language = i18n.resolvedLanguage;

  const columns = useMemo((): TColumn<TApiToken>[] => {
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: "medium" });
    const formatDate = (value: string | null) => (value ? dateFormat.format(new Date(value)) : null);
    const statusLabels: Record<TTokenStatus, string> = {
      active: t("apiTokens.status.active"),
      expired: t("apiTokens.status.expired"),
      revoked: t("apiTokens.status.revoked"),
    };
    const statusColors: Record<TTokenStatus, string> = { active: "blue", expired: "gray", revoked: "red" };
    return [
      { key: "name", header: t("apiTokens.columns.name"), value: (row) => row.name },
      { key: "organisation", header: t("apiTokens.columns.organisation"), value: (row) => row.organisationName },
      { key: "role", header: t("apiTokens.columns.role"), value: (row) => describeRole(row.role, t) },
      {
        key: "scopes",
        header: t("apiTokens.columns.scopes"),
        value: (row) => row.scopes.join(" "),
        render: (row) => <Text size="sm">{row.scopes.join(", ")}</Text>,
        isSortable: false,
      },
      {
        key: "status",
        header: t("apiTokens.columns.status"),
        value: (row) => statusLabels[statusOf(row)],
        render: (row) => (
          <Badge variant="outline" color={statusColors[statusOf(row)]}>
            {statusLabels[statusOf(row)]}
          </Badge>
        ),
      },
      {
        key: "expiresAt",
        header: t("apiTokens.columns.expiresAt"),
        value: (row) => row.expiresAt,
        render: (row) => formatDate(row.expiresAt),
      },
      {
        key: "lastUsedAt",
        header: t("apiTokens.columns.lastUsedAt"),
        value: (row) => row.lastUsedAt,
        render: (row) => formatDate(row.lastUsedAt) ?? t("apiTokens.neverUsed"),
      },
      {
        key: "actions",
        header: t("apiTokens.columns.actions"),
        value: () => null,
        isSortable: false,
        render: (row) =>
          row.allowedActions.includes("revoke") ? (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => setRevoking(row)}
              aria-label={t("apiTokens.revoke.buttonLabel", { name: row.name })}
            >
              {t("apiTokens.revoke.button")}
            </Button>
          ) : null,
      },
    ];
  }, [t, language]);

  const canCreate = (options.data?.organisations.length ?? 0) > 0;
  return (
    <>
      <PageHeader title={t("apiTokens.title")} description={t("apiTokens.description")} />
      <Group justify="flex-end" mb="md">
        {canCreate ? <Button onClick={() => setIsCreating(true)}>{t("apiTokens.create.open")}</Button> : null}
      </Group>
      {tokens.isPending ? (
        <TableSkeleton />
      ) : tokens.isError ? (
        tokens.error instanceof ApiError && tokens.error.status === 403 ? (
          <Text>{t("apiTokens.notAllowed")}</Text>
        ) : (
          <ProblemAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
        )
      ) : (
        <DataTable
          caption={t("apiTokens.caption")}
          columns={columns}
          rows={tokens.data}
          getRowKey={(row) => row.id}
          initialSort={{ columnKey: "name", direction: "ascending" }}
        />
      )}
      {options.data && canCreate ? (
        <CreateApiTokenDialog
          isOpen={isCreating}
          options={options.data}
          onClose={() => setIsCreating(false)}
          onCreated={(token) => {
            setIsCreating(false);
            setCreated(token);
          }}
        />
      ) : null}
      <ApiTokenSecretDialog token={created} onClose={() => setCreated(null)} />
      <RevokeApiTokenDialog token={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
