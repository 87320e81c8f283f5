import { Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../ui/dialog.js";

type TConfirmDialogProps = {
  title: string;
  message: string;
  confirmLabel: string;
  isOpen: boolean;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before a change with consequences (deactivating ends the person's sessions at once). */
export function ConfirmDialog(props: TConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog closeLabel={t("administration.close")} isOpen={props.isOpen} onClose={props.onCancel} title={props.title}>
      <Stack gap="md">
        <Text>{props.message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t("administration.cancel")}
          </Button>
          <Button color="red.9" onClick={props.onConfirm} loading={props.isPending}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
