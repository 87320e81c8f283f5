import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TColumn } from "../../ui/data-table/table-rows.js";
import { fieldsOfActionQuery, type TFieldOfAction } from "./reference-queries.js";
import { ReferenceTablePanel } from "./reference-table-panel.js";

/** The nine fields of action of the integration concept, named in the UI language. */
export function FieldsOfActionTable() {
  const { t, i18n } = useTranslation();
  const query = useQuery(fieldsOfActionQuery);
  const isEnglish = i18n.resolvedLanguage === "en";
  const columns = useMemo(
    (): TColumn<TFieldOfAction>[] => [
      {
        key: "position",
        header: t("reference.fieldsOfAction.position"),
        value: (row) => row.position,
        isNumeric: true,
      },
      {
        key: "name",
        header: t("reference.fieldsOfAction.name"),
        value: (row) => (isEnglish ? row.nameEn : row.nameDe),
      },
      { key: "area", header: t("reference.fieldsOfAction.area"), value: (row) => row.area, lang: "de" },
      { key: "code", header: t("reference.fieldsOfAction.code"), value: (row) => row.code },
    ],
    [t, isEnglish],
  );
  return (
    <ReferenceTablePanel
      query={query}
      caption={t("reference.fieldsOfAction.caption")}
      columns={columns}
      getRowKey={(row) => row.code}
      initialSort={{ columnKey: "position", direction: "ascending" }}
    />
  );
}
