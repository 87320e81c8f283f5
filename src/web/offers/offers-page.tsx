import { useTranslation } from "react-i18next";
import { ModulePlaceholder } from "../ui/module-placeholder.js";

/** Angebote: the providers' offers, matching and referrals. Not built yet. */
export function OffersPage() {
  const { t } = useTranslation();
  return <ModulePlaceholder title={t("modules.offers.title")} purpose={t("modules.offers.purpose")} />;
}
