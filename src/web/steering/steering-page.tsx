import { useTranslation } from "react-i18next";
import { ModulePlaceholder } from "../ui/module-placeholder.js";

/** Steuerung: concept model, indicators, evaluation. Not built yet. */
export function SteeringPage() {
  const { t } = useTranslation();
  return <ModulePlaceholder title={t("modules.steering.title")} purpose={t("modules.steering.purpose")} />;
}
