import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TColumn } from "../../ui/data-table/table-rows.js";
import { languagesQuery, type TLanguage } from "./reference-queries.js";
import { ReferenceTablePanel } from "./reference-table-panel.js";

/** The portal's languages; each native name is marked up in its own language and direction. */
export function LanguagesTable() {
  const { t } = useTranslation();
  const query = useQuery(languagesQuery);
  const columns = useMemo(
    (): TColumn<TLanguage>[] => [
      {
        key: "nameNative",
        header: t("reference.languages.nameNative"),
        value: (row) => row.nameNative,
        render: (row) => (
          <span lang={row.tag} dir={row.direction}>
            {row.nameNative}
          </span>
        ),
      },
      { key: "nameDe", header: t("reference.languages.nameDe"), value: (row) => row.nameDe, lang: "de" },
      { key: "tag", header: t("reference.languages.tag"), value: (row) => row.tag },
      {
        key: "direction",
        header: t("reference.languages.direction"),
        value: (row) => (row.direction === "rtl" ? t("reference.languages.rtl") : t("reference.languages.ltr")),
      },
      {
        key: "portalPriority",
        header: t("reference.languages.portalPriority"),
        value: (row) => row.portalPriority,
        isNumeric: true,
      },
    ],
    [t],
  );
  return (
    <ReferenceTablePanel
      query={query}
      caption={t("reference.languages.caption")}
      columns={columns}
      getRowKey={(row) => row.tag}
      initialSort={{ columnKey: "portalPriority", direction: "ascending" }}
    />
  );
}
