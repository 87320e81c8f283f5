import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NoAccessNotice } from "../arrival/no-access-notice.js";
import { useSignedInUser } from "../platform/session/use-signed-in-user.js";
import { canEditPortalContent } from "./portal-access.js";
import { PortalSectionNav } from "./portal-section-nav.js";

type TPortalEditorFrameProps = { pageTitle: string; children: ReactNode };

/** A portal editing page: the section navigation above it, or a notice for users who edit no portal content. */
export function PortalEditorFrame({ pageTitle, children }: TPortalEditorFrameProps) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (!canEditPortalContent(user)) {
    return (
      <NoAccessNotice pageTitle={pageTitle} heading={t("portal.noAccessTitle")}>
        {t("portal.noAccess")}
      </NoAccessNotice>
    );
  }
  return (
    <>
      <PortalSectionNav />
      {children}
    </>
  );
}
