import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TColumn } from "../../ui/data-table/table-rows.js";
import { residenceCategoriesQuery, type TResidenceCategory } from "./reference-queries.js";
import { ReferenceTablePanel } from "./reference-table-panel.js";

/** Residence status categories; names and legal bases are German legal terms. */
export function ResidenceCategoriesTable() {
  const { t } = useTranslation();
  const query = useQuery(residenceCategoriesQuery);
  const columns = useMemo(
    (): TColumn<TResidenceCategory>[] => [
      { key: "name", header: t("reference.residenceCategories.name"), value: (row) => row.nameDe, lang: "de" },
      {
        key: "legalBasis",
        header: t("reference.residenceCategories.legalBasis"),
        value: (row) => row.legalBasis,
        lang: "de",
      },
      {
        key: "notes",
        header: t("reference.residenceCategories.notes"),
        value: (row) => row.notes,
        isSortable: false,
      },
      { key: "code", header: t("reference.residenceCategories.code"), value: (row) => row.code },
    ],
    [t],
  );
  return (
    <ReferenceTablePanel
      query={query}
      caption={t("reference.residenceCategories.caption")}
      columns={columns}
      getRowKey={(row) => row.code}
      initialSort={{ columnKey: "name", direction: "ascending" }}
    />
  );
}
