import { Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Dialog } from "../ui/dialog.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useConfirmAction } from "../ui/use-confirm-action.js";

type TConfirmButtonProps = {
  label: string;
  title: string;
  message: string;
  confirmLabel: string;
  /** Runs the action; a thrown error stays in the dialog. */
  onConfirm: () => Promise<unknown>;
};

/** A destructive action (deleting) that asks first; the dialog shows why it failed, if it does. */
export function ConfirmButton({ label, title, message, confirmLabel, onConfirm }: TConfirmButtonProps) {
  const { t } = useTranslation();
  const { isOpen, open, close, isPending, failure, confirm } = useConfirmAction(onConfirm);

  return (
    <>
      <Button variant="outline" color="red.9" onClick={open}>
        {label}
      </Button>
      <Dialog isOpen={isOpen} onClose={close} title={title} closeLabel={t("portal.form.close")}>
        <Stack gap="md">
          {failure ? <ProblemAlert error={failure} /> : null}
          <Text>{message}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("portal.form.cancel")}
            </Button>
            <Button color="red.9" loading={isPending} onClick={() => void confirm()}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </>
  );
}
