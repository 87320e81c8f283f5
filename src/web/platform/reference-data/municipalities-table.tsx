import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TColumn } from "../../ui/data-table/table-rows.js";
import { useFormatters } from "../../ui/use-formatters.js";
import { municipalitiesQuery, type TMunicipality } from "./reference-queries.js";
import { ReferenceTablePanel } from "./reference-table-panel.js";

export function MunicipalitiesTable() {
  const { t } = useTranslation();
  const { formatInteger, formatCoordinate } = useFormatters();
  const query = useQuery(municipalitiesQuery);
  const columns = useMemo(
    (): TColumn<TMunicipality>[] => [
      { key: "name", header: t("reference.municipalities.name"), value: (row) => row.name, lang: "de" },
      { key: "ags", header: t("reference.municipalities.ags"), value: (row) => row.ags },
      {
        key: "kind",
        header: t("reference.municipalities.kind"),
        value: (row) => (row.isTown ? t("reference.municipalities.town") : t("reference.municipalities.municipality")),
      },
      {
        key: "municipalUnit",
        header: t("reference.municipalities.municipalUnit"),
        value: (row) => row.municipalUnitName,
        lang: "de",
      },
      {
        key: "population",
        header: t("reference.municipalities.population"),
        value: (row) => row.population,
        render: (row) => formatInteger(row.population),
        isNumeric: true,
      },
      {
        key: "populationYear",
        header: t("reference.municipalities.populationYear"),
        value: (row) => row.populationYear,
        isNumeric: true,
      },
      {
        key: "coordinates",
        header: t("reference.municipalities.coordinates"),
        value: (row) => `${row.latitude} ${row.longitude}`,
        render: (row) => `${formatCoordinate(row.latitude)} / ${formatCoordinate(row.longitude)}`,
        isSortable: false,
      },
    ],
    [t, formatInteger, formatCoordinate],
  );
  return (
    <ReferenceTablePanel
      query={query}
      caption={t("reference.municipalities.caption")}
      columns={columns}
      getRowKey={(row) => row.ags}
      initialSort={{ columnKey: "name", direction: "ascending" }}
    />
  );
}
