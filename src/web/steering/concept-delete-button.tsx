import { Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Dialog } from "../ui/dialog.js";
import { useConfirmAction } from "../ui/use-confirm-action.js";
import { ConceptFailure } from "./concept-failure.js";

type TConceptDeleteButtonProps = {
  /** The button's name, with what it deletes ("Teilziel 1.2 löschen"). */
  label: string;
  title: string;
  message: string;
  /** Runs the deletion; a thrown error stays in the dialog (a part with children: the API's reason). */
  onConfirm: () => Promise<unknown>;
  onReload: () => void;
};

/** Deleting asks first; the dialog shows why it failed, if it does. */
export function ConceptDeleteButton({ label, title, message, onConfirm, onReload }: TConceptDeleteButtonProps) {
  const { t } = useTranslation();
  const { isOpen, open, close, isPending, failure, confirm } = useConfirmAction(onConfirm);

  return (
    <>
      <Button variant="outline" color="red.9" size="xs" onClick={open}>
        {label}
      </Button>
      {isOpen ? (
        <Dialog isOpen onClose={close} title={title} closeLabel={t("steering.form.close")}>
          <Stack gap="md">
            <ConceptFailure
              failure={failure}
              onReload={() => {
                onReload();
                close();
              }}
            />
            <Text>{message}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t("steering.form.cancel")}
              </Button>
              <Button color="red.9" loading={isPending} onClick={() => void confirm()}>
                {t("steering.form.confirmDelete")}
              </Button>
            </Group>
          </Stack>
        </Dialog>
      ) : null}
    </>
  );
}
