import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TColumn } from "../../ui/data-table/table-rows.js";
import { courseTypesQuery, type TCourseType } from "./reference-queries.js";
import { ReferenceTablePanel } from "./reference-table-panel.js";

/** BAMF course types. Their names are German proper terms and stay German in every UI language. */
export function CourseTypesTable() {
  const { t } = useTranslation();
  const query = useQuery(courseTypesQuery);
  const columns = useMemo(
    (): TColumn<TCourseType>[] => [
      { key: "name", header: t("reference.courseTypes.name"), value: (row) => row.nameDe, lang: "de" },
      { key: "family", header: t("reference.courseTypes.family"), value: (row) => row.family, lang: "de" },
      {
        key: "teachingUnits",
        header: t("reference.courseTypes.teachingUnits"),
        value: (row) => row.teachingUnits,
      },
      { key: "cefrTarget", header: t("reference.courseTypes.cefrTarget"), value: (row) => row.cefrTarget },
      { key: "notes", header: t("reference.courseTypes.notes"), value: (row) => row.notes, isSortable: false },
      { key: "code", header: t("reference.courseTypes.code"), value: (row) => row.code },
    ],
    [t],
  );
  return (
    <ReferenceTablePanel
      query={query}
      caption={t("reference.courseTypes.caption")}
      columns={columns}
      getRowKey={(row) => row.code}
      initialSort={{ columnKey: "family", direction: "ascending" }}
    />
  );
}
