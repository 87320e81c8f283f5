import { useTranslation } from "react-i18next";
import { ModulePlaceholder } from "../ui/module-placeholder.js";

/** Beraten: needs assessment, integration plans, case work. Not built yet. */
export function CounsellingPage() {
  const { t } = useTranslation();
  return <ModulePlaceholder title={t("modules.counselling.title")} purpose={t("modules.counselling.purpose")} />;
}
