import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZRejection } from "../../../common/offers/offer-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { toProblemFieldErrors } from "../../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../../forms/validation-messages.js";
import { Dialog } from "../../ui/dialog.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useDecideRevision } from "./review-queries.js";

type TRejectRevisionDialogProps = { revisionId: string; isOpen: boolean; onClose: () => void };

/** Sending a submission back needs the comment the provider will read; confirmed by its own button. */
export function RejectRevisionDialog({ revisionId, isOpen, onClose }: TRejectRevisionDialogProps) {
  const { t } = useTranslation();
  const decide = useDecideRevision(revisionId);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZRejection.safeParse({ comment }, { reportInput: true });
    if (!parsed.success) {
      setError(toIssueFieldErrors(parsed.error.issues, ["comment"], t).comment);
      return;
    }
    setError(undefined);
    decide.mutate(
      { decision: "reject", body: parsed.data },
      {
        onSuccess: onClose,
        onError: (failure) => {
          if (failure instanceof ApiError && failure.status === 422) {
            setError(toProblemFieldErrors(failure.problem, ["comment"]).fieldErrors.comment);
          }
        },
      },
    );
  }

  const isFieldProblem = decide.error instanceof ApiError && decide.error.status === 422;
  return (
    <Dialog
      isOpen={isOpen}
      onClose={onClose}
      title={t("offers.directory.review.rejectTitle")}
      closeLabel={t("offers.directory.close")}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {decide.error && !isFieldProblem ? <ProblemAlert error={decide.error} /> : null}
          <Text>{t("offers.directory.review.rejectMessage")}</Text>
          <Textarea
            label={t("offers.directory.review.comment")}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={error}
            required
            autosize
            minRows={3}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("offers.directory.cancel")}
            </Button>
            <Button type="submit" color="red.9" loading={decide.isPending}>
              {t("offers.directory.review.reject")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
