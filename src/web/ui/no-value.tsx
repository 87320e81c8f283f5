import { VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** An empty cell: a dash to the eye, words to a screen reader. */
export function NoValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <VisuallyHidden>{t("common.noValue")}</VisuallyHidden>
    </>
  );
}
