import { Button, Group, Stack } from "@mantine/core";
import { type FormEvent, type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../ui/dialog.js";
import { FormErrorSummary } from "../ui/form-error-summary.js";
import { ConceptFailure } from "./concept-failure.js";

type TConceptDialogFormProps = {
  title: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: () => void;
  /** Reads the period again (after a conflict); the dialog closes. */
  onReload: () => void;
  isPending: boolean;
  failure: unknown;
  /** Every problem of the last attempt, with its field. */
  messages: string[];
  /** Counts the attempts: after a failed one the summary takes focus. */
  attempt: number;
  size?: "md" | "lg" | "xl";
  children: ReactNode;
};

/** The frame every concept dialog shares: title, the summary and failure above the fields, cancel and save. */
export function ConceptDialogForm(props: TConceptDialogFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const hasMessages = props.messages.length > 0;
  useEffect(() => {
    if (props.attempt > 0 && hasMessages) {
      formRef.current?.querySelector<HTMLElement>("[data-form-messages]")?.focus();
    }
  }, [props.attempt, hasMessages]);

  function submit(event: FormEvent<HTMLFormElement>) {
    // The dialog is portalled, but React bubbles its submit through the component tree to any outer form.
    event.preventDefault();
    event.stopPropagation();
    props.onSubmit();
  }

  return (
    <Dialog closeLabel={t("steering.form.close")} isOpen onClose={props.onClose} title={props.title} size={props.size}>
      <form noValidate onSubmit={submit} ref={formRef}>
        <Stack gap="md">
          <ConceptFailure
            failure={props.failure}
            onReload={() => {
              props.onReload();
              props.onClose();
            }}
          />
          <FormErrorSummary
            title={t("steering.form.errorSummary", { count: props.messages.length })}
            messages={props.messages}
          />
          {props.children}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t("steering.form.cancel")}
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
