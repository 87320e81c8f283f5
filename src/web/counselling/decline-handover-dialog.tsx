import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type THandover, ZHandoverDecline } from "../../common/counselling/handover-schemas.js";
import { toIssueFieldErrors } from "../forms/validation-messages.js";
import { Dialog } from "../ui/dialog.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useDecideHandover } from "./case-queries.js";

type TDeclineHandoverDialogProps = { handover: THandover | undefined; onClose: () => void };

/** Declining asks for the reason the sending desk will read, and is confirmed by its own button. */
export function DeclineHandoverDialog({ handover, onClose }: TDeclineHandoverDialogProps) {
  const { t } = useTranslation();
  const decide = useDecideHandover();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!handover) return;
    const parsed = ZHandoverDecline.safeParse({ reason }, { reportInput: true });
    if (!parsed.success) {
      setError(toIssueFieldErrors(parsed.error.issues, ["reason"], t).reason);
      return;
    }
    setError(undefined);
    decide.mutate(
      { handoverId: handover.id, decision: "decline", body: parsed.data },
      {
        onSuccess: () => {
          setReason("");
          onClose();
        },
      },
    );
  }

  const name = handover ? `${handover.person.givenName} ${handover.person.familyName}` : "";
  return (
    <Dialog
      closeLabel={t("administration.close")}
      isOpen={handover !== undefined}
      onClose={onClose}
      title={t("counselling.handovers.declineTitle")}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {decide.error ? <ProblemAlert error={decide.error} /> : null}
          <Text>{t("counselling.handovers.declineMessage", { name, desk: handover?.fromDesk.name ?? "" })}</Text>
          <Textarea
            label={t("counselling.handovers.declineReason")}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
            required
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("administration.cancel")}
            </Button>
            <Button type="submit" color="red.9" loading={decide.isPending}>
              {t("counselling.handovers.decline")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
