import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { TSharedPageList } from "../../../common/portal/page-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { Dialog } from "../../ui/dialog.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import type { TContentOwner } from "../content-owners.js";
import { useCopyPage } from "./copy-queries.js";

type TCopyDialogProps = {
  page: TSharedPageList["items"][number] | null;
  target: TContentOwner;
  onClose: () => void;
};

/** Übernehmen: copy the page as a draft into the editor's pages, at its address or a new one; then edit it. */
export function CopyDialog({ page, target, onClose }: TCopyDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [slug, setSlug] = useState("");
  const copy = useCopyPage();
  const problems = copy.error instanceof ApiError ? (copy.error.problem?.errors ?? []) : [];
  const slugError = problems.find((problem) => problem.pointer === "/body/slug")?.detail;
  const otherMessages = problems.filter((problem) => problem.pointer !== "/body/slug").map((problem) => problem.detail);

  function close() {
    setSlug("");
    copy.reset();
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!page) return;
    copy.mutate(
      { id: page.id, input: { ownerUnitKey: target.ownerUnitKey, ...(slug.trim() ? { slug: slug.trim() } : {}) } },
      { onSuccess: (created) => void navigate(`/portal/pages/${created.id}`) },
    );
  }

  return (
    <Dialog
      isOpen={page !== null}
      onClose={close}
      title={t("portal.copy.dialogTitle")}
      closeLabel={t("administration.close")}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>
            {t("portal.copy.dialogText", {
              title: page?.title ?? "",
              owner: page?.ownerName ?? "",
              target: target.name,
            })}
          </Text>
          <TextInput
            label={t("portal.copy.slugLabel")}
            description={t("portal.copy.slugHint", { slug: page?.slug ?? "" })}
            placeholder={page?.slug}
            value={slug}
            onChange={(event) => setSlug(event.currentTarget.value)}
            error={slugError}
          />
          {copy.isError && !slugError ? <ProblemAlert error={copy.error} messages={otherMessages} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("administration.cancel")}
            </Button>
            <Button type="submit" loading={copy.isPending}>
              {t("portal.copy.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
