import { useTranslation } from "react-i18next";
import { ModulePlaceholder } from "../ui/module-placeholder.js";

/** Ankommen: person registry, households, arrival registration. Not built yet. */
export function ArrivalPage() {
  const { t } = useTranslation();
  return <ModulePlaceholder title={t("modules.arrival.title")} purpose={t("modules.arrival.purpose")} />;
}
