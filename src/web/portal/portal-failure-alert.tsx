import { useTranslation } from "react-i18next";
import { FailureAlert } from "../ui/failure-alert.js";

type TPortalFailureAlertProps = { failure: unknown; onReload?: () => void };

/** A portal record's failed save, in the portal editors' words for a version conflict. */
export function PortalFailureAlert({ failure, onReload }: TPortalFailureAlertProps) {
  const { t } = useTranslation();
  const conflict = {
    title: t("portal.form.conflictTitle"),
    message: t("portal.form.conflict"),
    reload: t("portal.form.reload"),
  };
  return <FailureAlert failure={failure} onReload={onReload} conflict={conflict} />;
}
