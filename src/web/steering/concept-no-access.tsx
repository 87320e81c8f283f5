import { useTranslation } from "react-i18next";
import { NoAccessNotice } from "../arrival/no-access-notice.js";

/** What a concept page shows someone who is no district coordinator (the API would answer 403). */
export function ConceptNoAccess({ pageTitle }: { pageTitle: string }) {
  const { t } = useTranslation();
  return (
    <NoAccessNotice pageTitle={pageTitle} heading={t("steering.noAccessTitle")}>
      {t("steering.noAccess")}
    </NoAccessNotice>
  );
}
