import { Alert, Button, Checkbox, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

type TRecoveryCodesPanelProps = { codes: string[]; onDone: () => void };

/**
 * New recovery codes, shown this once: copy or print them, then confirm they are kept safe. The
 * confirmation is a checkbox before the button, so nobody clicks past by habit.
 */
export function RecoveryCodesPanel({ codes, onDone }: TRecoveryCodesPanelProps) {
  const { t } = useTranslation();
  const [isSaved, setIsSaved] = useState(false);
  const [isCopied, setIsCopied] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(codes.join("\n"));
    setIsCopied(true);
  }

  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" title={t("security.recoveryCodes.title")}>
        {t("security.recoveryCodes.explanation")}
      </Alert>
      <List
        data-testid="recovery-codes"
        aria-label={t("security.recoveryCodes.listLabel")}
        ff="monospace"
        listStyleType="none"
        spacing={4}
      >
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group gap="sm">
        <Button variant="default" onClick={() => void copy()}>
          {t("security.recoveryCodes.copy")}
        </Button>
        <Button variant="default" onClick={() => window.print()}>
          {t("security.recoveryCodes.print")}
        </Button>
        <Text size="sm" role="status">
          {isCopied ? t("security.recoveryCodes.copied") : ""}
        </Text>
      </Group>
      <Checkbox
        label={t("security.recoveryCodes.confirmSaved")}
        checked={isSaved}
        onChange={(event) => setIsSaved(event.currentTarget.checked)}
      />
      <Button disabled={!isSaved} onClick={onDone}>
        {t("security.recoveryCodes.done")}
      </Button>
    </Stack>
  );
}
