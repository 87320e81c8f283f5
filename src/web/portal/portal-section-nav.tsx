import { Group, NavLink } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, matchPath, useLocation, useResolvedPath } from "react-router";
import classes from "./portal-section-nav.module.css";

/** Sections below /portal with their own entry: there, "Seiten" is not the current one. */
const sectionPaths = ["/portal/places", "/portal/contacts", "/portal/events", "/portal/media", "/portal/pages/copy"];

type TSectionLinkProps = { to: string; label: string; exceptBelow?: string[] };

function SectionLink({ to, label, exceptBelow = [] }: TSectionLinkProps) {
  const { pathname } = useResolvedPath(to);
  const location = useLocation();
  const isActive =
    matchPath({ path: pathname, end: false }, location.pathname) !== null &&
    !exceptBelow.some((path) => matchPath({ path, end: false }, location.pathname) !== null);
  return (
    <li>
      <NavLink
        component={Link}
        to={to}
        label={label}
        active={isActive}
        aria-current={isActive ? "page" : undefined}
        variant="light"
      />
    </li>
  );
}

/**
 * The portal area's sections (pages, places, contacts, events, media, copying pages), shown above
 * each portal page as a named navigation, the current section marked.
 */
export function PortalSectionNav() {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t("portal.sectionNav.label")} mb="lg">
      <ul className={classes.list}>
        <SectionLink to="/portal" label={t("portal.sectionNav.pages")} exceptBelow={sectionPaths} />
        <SectionLink to="/portal/places" label={t("portal.sectionNav.places")} />
        <SectionLink to="/portal/contacts" label={t("portal.sectionNav.contacts")} />
        <SectionLink to="/portal/events" label={t("portal.sectionNav.events")} />
        <SectionLink to="/portal/media" label={t("portal.sectionNav.media")} />
        <SectionLink to="/portal/pages/copy" label={t("portal.sectionNav.copy")} />
      </ul>
    </Group>
  );
}
