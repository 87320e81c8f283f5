import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TActiveSession } from "../../../common/platform/security-schemas.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { sessionQueryKey } from "../session/session-api.js";
import { activeSessionsQueryKey, endSession, fetchActiveSessions, logOutEverywhere } from "./security-api.js";

function useDateTimeFormat() {
  const { i18n } = useTranslation();
  return useMemo(
    () => new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: "medium", timeStyle: "short" }),
    [i18n.resolvedLanguage],
  );
}

/** Where the user is logged in; end one session, or all of them ("log out everywhere", after asking). */
export function SessionsSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: activeSessionsQueryKey, queryFn: ({ signal }) => fetchActiveSessions(signal) });
  const [isConfirmOpen, confirm] = useDisclosure(false);
  const end = useMutation({
    mutationFn: endSession,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: activeSessionsQueryKey }),
  });
  const everywhere = useMutation({
    mutationFn: logOutEverywhere,
    onSuccess() {
      confirm.close();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="sessions-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="sessions-heading">
          {t("security.sessions.title")}
        </Title>
        <Text size="sm">{t("security.sessions.description")}</Text>
        {end.error ? <ProblemAlert error={end.error} /> : null}
        {sessions.isPending ? (
          <TableSkeleton rows={2} />
        ) : sessions.isError ? (
          <ProblemAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : (
          <SessionTable sessions={sessions.data} onEnd={(id) => end.mutate(id)} endingId={end.variables} />
        )}
        <Group>
          <Button color="red" variant="outline" onClick={confirm.open}>
            {t("security.sessions.logOutEverywhere")}
          </Button>
        </Group>
      </Stack>
      {/* Rendered inside <main>: portalled to <body>, Mantine's <header> would count as a second banner. */}
      <Modal
        opened={isConfirmOpen}
        onClose={confirm.close}
        title={t("security.sessions.confirmTitle")}
        centered
        withinPortal={false}
        closeButtonProps={{ "aria-label": t("security.sessions.cancel") }}
      >
        <Stack gap="md">
          <Text size="sm">{t("security.sessions.confirmText")}</Text>
          {everywhere.error ? <ProblemAlert error={everywhere.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t("security.sessions.cancel")}
            </Button>
            <Button color="red" loading={everywhere.isPending} onClick={() => everywhere.mutate()}>
              {t("security.sessions.confirmAction")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

type TSessionTableProps = { sessions: TActiveSession[]; onEnd: (id: string) => void; endingId: string | undefined };

function SessionTable({ sessions, onEnd, endingId }: TSessionTableProps) {
  const { t } = useTranslation();
  const dateTime = useDateTimeFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>{t("security.sessions.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("security.sessions.device")}</Table.Th>
            <Table.Th scope="col">{t("security.sessions.address")}</Table.Th>
            <Table.Th scope="col">{t("security.sessions.createdAt")}</Table.Th>
            <Table.Th scope="col">{t("security.sessions.lastSeenAt")}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t("security.sessions.actions")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" lineClamp={2}>
                    {session.userAgent ?? t("security.sessions.unknownDevice")}
                  </Text>
                  {session.isCurrent ? <Badge variant="light">{t("security.sessions.current")}</Badge> : null}
                </Group>
              </Table.Td>
              <Table.Td>{session.ipAddress ?? "–"}</Table.Td>
              <Table.Td>{dateTime.format(new Date(session.createdAt))}</Table.Td>
              <Table.Td>{dateTime.format(new Date(session.lastSeenAt))}</Table.Td>
              <Table.Td>
                {session.isCurrent ? null : (
                  <Button
                    size="xs"
                    variant="default"
                    loading={endingId === session.id}
                    onClick={() => onEnd(session.id)}
                    aria-label={t("security.sessions.endLabel", { device: session.userAgent ?? "" })}
                  >
                    {t("security.sessions.end")}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
