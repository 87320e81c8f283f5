import { Button, Group, Stack } from "@mantine/core";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../ui/dialog.js";
import { ProblemAlert } from "../ui/problem-alert.js";

type TPlanDialogFormProps = {
  title: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: () => void;
  isPending: boolean;
  problem: unknown;
  otherMessages: string[];
  children: ReactNode;
};

/** The frame every plan dialog shares: title, a problem above the fields, cancel and save. */
export function PlanDialogForm(props: TPlanDialogFormProps) {
  const { t } = useTranslation();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    props.onSubmit();
  }
  return (
    <Dialog closeLabel={t("administration.close")} isOpen onClose={props.onClose} title={props.title}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {props.problem ? <ProblemAlert error={props.problem} messages={props.otherMessages} /> : null}
          {props.children}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t("administration.cancel")}
            </Button>
            <Button type="submit" loading={props.isPending}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
