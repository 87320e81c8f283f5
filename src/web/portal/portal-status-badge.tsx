import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Filled badges in dark shades: white text on them keeps 4.5:1. */
export function PortalStatusBadge({ status }: { status: "draft" | "published" }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === "published" ? "teal.9" : "gray.7"} variant="filled">
      {status === "published" ? t("portal.status.published") : t("portal.status.draft")}
    </Badge>
  );
}
