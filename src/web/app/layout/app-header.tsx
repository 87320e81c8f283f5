import { Burger, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLogout } from "../../platform/session/use-session.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { LanguageSwitch } from "./language-switch.js";
import classes from "./layout.module.css";

type TAppHeaderProps = { isNavigationOpen: boolean; onToggleNavigation: () => void; navigationId: string };

export function AppHeader({ isNavigationOpen, onToggleNavigation, navigationId }: TAppHeaderProps) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const logout = useLogout();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={isNavigationOpen}
          onClick={onToggleNavigation}
          hiddenFrom="sm"
          size="sm"
          aria-label={isNavigationOpen ? t("layout.closeNavigation") : t("layout.openNavigation")}
          aria-expanded={isNavigationOpen}
          aria-controls={navigationId}
        />
        <Link to="/" className={classes.brand}>
          KommMit
        </Link>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" visibleFrom="sm" data-testid="current-user">
          {user.displayName}
        </Text>
        <LanguageSwitch />
        <Button component={Link} to="/security" variant="subtle" size="xs">
          {t("security.navigationLink")}
        </Button>
        <Button variant="default" size="xs" onClick={() => logout.mutate()} loading={logout.isPending}>
          {t("layout.logout")}
        </Button>
        {logout.isError ? (
          <Text size="sm" c="red.9" role="alert">
            {t("layout.logoutFailed")}
          </Text>
        ) : null}
      </Group>
    </Group>
  );
}
