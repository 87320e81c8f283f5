import { Tabs } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../ui/page-header.js";
import { CourseTypesTable } from "./course-types-table.js";
import { FieldsOfActionTable } from "./fields-of-action-table.js";
import { LanguagesTable } from "./languages-table.js";
import { MunicipalUnitsTable } from "./municipal-units-table.js";
import { MunicipalitiesTable } from "./municipalities-table.js";
import { ResidenceCategoriesTable } from "./residence-categories-table.js";

const referenceTabs = [
  "municipalities",
  "municipal-units",
  "fields-of-action",
  "course-types",
  "residence-categories",
  "languages",
] as const;
type TReferenceTab = (typeof referenceTabs)[number];

function isReferenceTab(value: string | null): value is TReferenceTab {
  return (referenceTabs as readonly (string | null)[]).includes(value);
}

/**
 * The district's geography and the concept's vocabularies, one tab each. The open tab is in the
 * URL (?tab=…), so a link or a reload shows the same list; only the open tab's list is fetched.
 */
export function ReferenceDataPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requestedTab = searchParams.get("tab");
  const activeTab: TReferenceTab = isReferenceTab(requestedTab) ? requestedTab : "municipalities";
  const tabs: Record<TReferenceTab, { label: string; panel: ReactNode }> = {
    municipalities: { label: t("reference.municipalities.tab"), panel: <MunicipalitiesTable /> },
    "municipal-units": { label: t("reference.municipalUnits.tab"), panel: <MunicipalUnitsTable /> },
    "fields-of-action": { label: t("reference.fieldsOfAction.tab"), panel: <FieldsOfActionTable /> },
    "course-types": { label: t("reference.courseTypes.tab"), panel: <CourseTypesTable /> },
    "residence-categories": { label: t("reference.residenceCategories.tab"), panel: <ResidenceCategoriesTable /> },
    languages: { label: t("reference.languages.tab"), panel: <LanguagesTable /> },
  };

  function selectTab(value: string | null) {
    if (!isReferenceTab(value)) return;
    setSearchParams(value === "municipalities" ? {} : { tab: value }, { replace: true });
  }

  return (
    <>
      <PageHeader title={t("reference.title")} description={t("reference.description")} />
      <Tabs value={activeTab} onChange={selectTab} keepMounted={false}>
        <Tabs.List aria-label={t("reference.tabsLabel")} mb="md">
          {referenceTabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {tabs[tab].label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {referenceTabs.map((tab) => (
          <Tabs.Panel key={tab} value={tab}>
            {tabs[tab].panel}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
