import { Button, CopyButton, Group, Radio, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { portalLanguages, type TPortalLanguage } from "../../../common/arrival/self-registration.js";
import type { TSelfCheckInvitationCreated, TSelfCheckState } from "../../../common/counselling/self-check-schemas.js";
import { Dialog } from "../../ui/dialog.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import { selfChecksQuery, useInviteToSelfCheck, useRevokeSelfCheck } from "./self-check-queries.js";

function useLabels() {
  const { t } = useTranslation();
  const languages: Record<TPortalLanguage, string> = {
    de: t("counselling.selfCheck.languages.de"),
    en: t("counselling.selfCheck.languages.en"),
    uk: t("counselling.selfCheck.languages.uk"),
    ar: t("counselling.selfCheck.languages.ar"),
    "de-x-easy": t("counselling.selfCheck.languages.de-x-easy"),
    tr: t("counselling.selfCheck.languages.tr"),
    ru: t("counselling.selfCheck.languages.ru"),
    fa: t("counselling.selfCheck.languages.fa"),
    ro: t("counselling.selfCheck.languages.ro"),
    bg: t("counselling.selfCheck.languages.bg"),
    pl: t("counselling.selfCheck.languages.pl"),
  };
  const states: Record<TSelfCheckState, string> = {
    open: t("counselling.selfCheck.states.open"),
    submitted: t("counselling.selfCheck.states.submitted"),
    expired: t("counselling.selfCheck.states.expired"),
    revoked: t("counselling.selfCheck.states.revoked"),
  };
  return { languages, states };
}

function InviteDialog({ personId, isOpen, onClose }: { personId: string; isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { languages } = useLabels();
  const invite = useInviteToSelfCheck(personId);
  const [language, setLanguage] = useState<TPortalLanguage>("de");
  const [created, setCreated] = useState<TSelfCheckInvitationCreated>();
  const close = () => {
    setCreated(undefined);
    invite.reset();
    onClose();
  };
  const link = created ? `${window.location.origin}${created.path}` : "";
  return (
    <Dialog
      isOpen={isOpen}
      onClose={close}
      title={t("counselling.selfCheck.inviteTitle")}
      closeLabel={t("counselling.selfCheck.close")}
    >
      {created ? (
        <Stack>
          <Text>{t("counselling.selfCheck.linkOnce")}</Text>
          <Text ff="monospace" style={{ wordBreak: "break-all" }} data-testid="self-check-link">
            {link}
          </Text>
          <Group justify="space-between">
            <CopyButton value={link}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t("counselling.selfCheck.copied") : t("counselling.selfCheck.copy")}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>{t("counselling.selfCheck.done")}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Radio.Group
            label={t("counselling.selfCheck.language")}
            value={language}
            onChange={(value) => setLanguage(value as TPortalLanguage)}
          >
            <Stack gap="xs" mt="xs">
              {portalLanguages.map((code) => (
                <Radio key={code} value={code} label={languages[code]} />
              ))}
            </Stack>
          </Radio.Group>
          {invite.error ? <ProblemAlert error={invite.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("counselling.selfCheck.cancel")}
            </Button>
            <Button loading={invite.isPending} onClick={() => invite.mutate(language, { onSuccess: setCreated })}>
              {t("counselling.selfCheck.create")}
            </Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}

/** Invitations to the portal's self-check: make a link in the person's language, see its state, withdraw it. */
export function SelfCheckPanel({ personId, canInvite }: { personId: string; canInvite: boolean }) {
  const { t } = useTranslation();
  const { languages, states } = useLabels();
  const formatMoment = useDateTimeFormat();
  const list = useQuery(selfChecksQuery(personId));
  const revoke = useRevokeSelfCheck();
  const [isInviting, setInviting] = useState(false);
  const [confirming, setConfirming] = useState<string>();
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t("counselling.selfCheck.title")}
        </Title>
        <Button variant="default" disabled={!canInvite} onClick={() => setInviting(true)}>
          {t("counselling.selfCheck.invite")}
        </Button>
      </Group>
      {!canInvite ? <Text size="sm">{t("counselling.selfCheck.notWhileInProgress")}</Text> : null}
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {revoke.error ? <ProblemAlert error={revoke.error} /> : null}
      {list.data && list.data.items.length > 0 ? (
        <Table>
          <Table.Caption>{t("counselling.selfCheck.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("counselling.selfCheck.createdAt")}</Table.Th>
              <Table.Th scope="col">{t("counselling.selfCheck.language")}</Table.Th>
              <Table.Th scope="col">{t("counselling.selfCheck.state")}</Table.Th>
              <Table.Th scope="col">{t("counselling.selfCheck.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>{formatMoment(item.createdAt)}</Table.Td>
                <Table.Td>{languages[item.language]}</Table.Td>
                <Table.Td>{states[item.state]}</Table.Td>
                <Table.Td>
                  {item.state === "open" ? (
                    confirming === item.id ? (
                      <Group gap="xs">
                        <Button size="xs" color="red" loading={revoke.isPending} onClick={() => revoke.mutate(item.id)}>
                          {t("counselling.selfCheck.confirmRevoke")}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setConfirming(undefined)}>
                          {t("counselling.selfCheck.cancel")}
                        </Button>
                      </Group>
                    ) : (
                      <Button size="xs" variant="default" onClick={() => setConfirming(item.id)}>
                        {t("counselling.selfCheck.revoke")}
                      </Button>
                    )
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <InviteDialog personId={personId} isOpen={isInviting} onClose={() => setInviting(false)} />
    </Stack>
  );
}
