import { useTranslation } from "react-i18next";
import { ModulePlaceholder } from "../../ui/module-placeholder.js";

/** Verwaltung: users, roles and single sign-on. Not built yet. */
export function UsersPage() {
  const { t } = useTranslation();
  return <ModulePlaceholder title={t("modules.users.title")} purpose={t("modules.users.purpose")} />;
}
