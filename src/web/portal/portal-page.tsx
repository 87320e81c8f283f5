import { useTranslation } from "react-i18next";
import { ModulePlaceholder } from "../ui/module-placeholder.js";

/** Portal: content of the public first-orientation portal. Not built yet. */
export function PortalPage() {
  const { t } = useTranslation();
  return <ModulePlaceholder title={t("modules.portal.title")} purpose={t("modules.portal.purpose")} />;
}
