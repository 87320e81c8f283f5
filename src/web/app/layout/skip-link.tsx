import { useTranslation } from "react-i18next";
import classes from "./layout.module.css";

export const mainContentId = "main-content";

/**
 * The first thing a keyboard reaches: jumps past header and navigation to <main>, which has
 * tabindex -1 so the browser moves focus there, not only the scroll position.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className={classes.skipLink} href={`#${mainContentId}`}>
      {t("layout.skipToContent")}
    </a>
  );
}
