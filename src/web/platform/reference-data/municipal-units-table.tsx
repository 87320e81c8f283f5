import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TColumn } from "../../ui/data-table/table-rows.js";
import { useFormatters } from "../../ui/use-formatters.js";
import {
  municipalitiesQuery,
  municipalUnitsQuery,
  referenceStaleTime,
  type TMunicipalUnit,
} from "./reference-queries.js";
import { ReferenceTablePanel } from "./reference-table-panel.js";

type TMunicipalUnitRow = TMunicipalUnit & { municipalityNames: string };

/** The administrations joined with their municipalities' names; both lists come from the cache when loaded. */
function useMunicipalUnitRows() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...municipalUnitsQuery.queryKey, "with-municipality-names"],
    queryFn: async (): Promise<TMunicipalUnitRow[]> => {
      const [units, municipalities] = await Promise.all([
        queryClient.fetchQuery(municipalUnitsQuery),
        queryClient.fetchQuery(municipalitiesQuery),
      ]);
      const namesByAgs = new Map(municipalities.map((municipality) => [municipality.ags, municipality.name]));
      return units.map((unit) => ({
        ...unit,
        municipalityNames: unit.municipalityAgs.map((ags) => namesByAgs.get(ags) ?? ags).join(", "),
      }));
    },
    staleTime: referenceStaleTime,
  });
}

export function MunicipalUnitsTable() {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const query = useMunicipalUnitRows();
  const columns = useMemo(
    (): TColumn<TMunicipalUnitRow>[] => [
      { key: "name", header: t("reference.municipalUnits.name"), value: (row) => row.name, lang: "de" },
      { key: "key", header: t("reference.municipalUnits.key"), value: (row) => row.key },
      {
        key: "kind",
        header: t("reference.municipalUnits.kind"),
        value: (row) =>
          row.kind === "joint_municipality"
            ? t("reference.municipalUnits.jointMunicipality")
            : t("reference.municipalUnits.singleMunicipality"),
      },
      {
        key: "municipalities",
        header: t("reference.municipalUnits.municipalities"),
        value: (row) => row.municipalityNames,
        lang: "de",
      },
      {
        key: "population",
        header: t("reference.municipalUnits.population"),
        value: (row) => row.population,
        render: (row) => formatInteger(row.population),
        isNumeric: true,
      },
    ],
    [t, formatInteger],
  );
  return (
    <ReferenceTablePanel
      query={query}
      caption={t("reference.municipalUnits.caption")}
      columns={columns}
      getRowKey={(row) => row.key}
      initialSort={{ columnKey: "name", direction: "ascending" }}
    />
  );
}
