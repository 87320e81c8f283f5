import { useTranslation } from "react-i18next";
import { ModulePlaceholder } from "../../ui/module-placeholder.js";

/** Verwaltung: organisations and their members. Not built yet. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  return <ModulePlaceholder title={t("modules.organisations.title")} purpose={t("modules.organisations.purpose")} />;
}
