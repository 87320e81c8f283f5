import { useEffect, useRef } from "react";
import { useLocation } from "react-router";
import { mainContentId } from "./skip-link.js";

/**
 * After a navigation the user caused (a link, a login, back/forward), moves focus to the new
 * page's h1, or to <main> while the heading is not there yet, as a full page load would reset
 * focus; screen readers then announce the page. Redirects before the user has done anything (to
 * the login page on first load) leave focus at the top of the document, so the skip link comes first.
 */
export function useRouteFocus() {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  const hasInteracted = useRef(false);

  useEffect(() => {
    const markInteracted = () => {
      hasInteracted.current = true;
    };
    document.addEventListener("keydown", markInteracted, { capture: true, once: true });
    document.addEventListener("pointerdown", markInteracted, { capture: true, once: true });
    return () => {
      document.removeEventListener("keydown", markInteracted, { capture: true });
      document.removeEventListener("pointerdown", markInteracted, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    if (!hasInteracted.current) return;
    const heading = document.querySelector<HTMLElement>("[data-page-heading]");
    (heading ?? document.getElementById(mainContentId))?.focus();
  }, [pathname]);
}
