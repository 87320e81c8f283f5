import { Group, Pagination } from "@mantine/core";
import { useTranslation } from "react-i18next";

type TPageNavigationProps = {
  pageCount: number;
  page: number;
  onChange: (page: number) => void;
  justify?: "center" | "flex-start";
};

/** Paging as a named navigation landmark, every page button and control labelled; nothing for a single page. */
export function PageNavigation({ pageCount, page, onChange, justify = "flex-start" }: TPageNavigationProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <Group justify={justify} component="nav" aria-label={t("administration.table.pagination")}>
      <Pagination
        total={pageCount}
        value={page}
        onChange={onChange}
        getItemProps={(item) => ({ "aria-label": t("administration.table.page", { page: item }) })}
        getControlProps={(control) => ({
          "aria-label":
            control === "previous"
              ? t("administration.table.previous")
              : control === "next"
                ? t("administration.table.next")
                : control === "first"
                  ? t("administration.table.first")
                  : t("administration.table.last"),
        })}
      />
    </Group>
  );
}
