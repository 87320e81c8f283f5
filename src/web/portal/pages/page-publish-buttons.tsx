import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TPage } from "../../../common/portal/page-schemas.js";
import { Dialog } from "../../ui/dialog.js";
import { PageFailure } from "./page-error-summary.js";
import { useSetPageStatus } from "./page-queries.js";

type TPagePublishButtonsProps = {
  page: TPage;
  onChanged: (status: TPage["status"]) => void;
  onReload: () => void;
};

/** Publish a draft, or take a published page off the portal (asks first), at the version read. */
export function PagePublishButtons({ page, onChanged, onReload }: TPagePublishButtonsProps) {
  const { t } = useTranslation();
  const setStatus = useSetPageStatus(page.id);
  const [isAsking, setIsAsking] = useState(false);
  const hasGerman = page.texts.some((text) => text.language === "de");

  function change(action: "publish" | "unpublish") {
    setStatus.mutate(
      { action, version: page.version },
      {
        onSuccess: (changed) => {
          setIsAsking(false);
          onChanged(changed.status);
        },
      },
    );
  }

  function close() {
    setIsAsking(false);
    setStatus.reset();
  }

  return (
    <Stack gap="xs" align="flex-start">
      {isAsking ? null : <PageFailure error={setStatus.error} onReload={onReload} />}
      {page.status === "draft" ? (
        <>
          <Button onClick={() => change("publish")} loading={setStatus.isPending} disabled={!hasGerman}>
            {t("portal.pages.publish.publish")}
          </Button>
          {hasGerman ? null : (
            <Text size="sm" c="dimmed">
              {t("portal.pages.publish.needsGerman")}
            </Text>
          )}
        </>
      ) : (
        <Button variant="outline" color="red.9" onClick={() => setIsAsking(true)}>
          {t("portal.pages.publish.unpublish")}
        </Button>
      )}
      <Dialog
        isOpen={isAsking}
        onClose={close}
        title={t("portal.pages.publish.confirmTitle")}
        closeLabel={t("portal.pages.close")}
      >
        <Stack gap="md">
          <PageFailure error={setStatus.error} onReload={onReload} />
          <Text>{t("portal.pages.publish.confirmMessage")}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("portal.pages.cancel")}
            </Button>
            <Button color="red.9" loading={setStatus.isPending} onClick={() => change("unpublish")}>
              {t("portal.pages.publish.confirm")}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </Stack>
  );
}
