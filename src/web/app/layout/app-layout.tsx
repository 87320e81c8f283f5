import { AppShell } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { AppHeader } from "./app-header.js";
import { AppNavigation } from "./app-navigation.js";
import classes from "./layout.module.css";
import { mainContentId, SkipLink } from "./skip-link.js";

const navigationId = "main-navigation";
const mobileQuery = "(max-width: 48em)";

/** The signed-in frame: skip link, header (banner), navigation, and the page in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const [isNavigationOpen, navigation] = useDisclosure(false);
  const isMobile = useMediaQuery(mobileQuery) ?? false;

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: "sm", collapsed: { mobile: !isNavigationOpen } }}
        padding="lg"
      >
        <AppShell.Header>
          <AppHeader
            isNavigationOpen={isNavigationOpen}
            onToggleNavigation={navigation.toggle}
            navigationId={navigationId}
          />
        </AppShell.Header>
        <AppShell.Navbar
          id={navigationId}
          aria-label={t("navigation.label")}
          p="sm"
          style={{ overflowY: "auto" }}
          // A collapsed mobile drawer is off-screen but would still take keyboard focus.
          inert={isMobile && !isNavigationOpen}
        >
          <AppNavigation onNavigate={navigation.close} />
        </AppShell.Navbar>
        <AppShell.Main id={mainContentId} tabIndex={-1} className={classes.main}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
