import { NavLink } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, matchPath, useLocation, useResolvedPath } from "react-router";
import { canRegisterPersons } from "../../arrival/person-access.js";
import { canKeepOffers, canReviewOffers } from "../../offers/directory/offer-access.js";
import { canAnswerReferrals } from "../../offers/referrals/referral-access.js";
import { canReadAuditTrail } from "../../platform/audit/audit-access.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { canEditPortalPages } from "../../portal/pages/page-access.js";
import classes from "./layout.module.css";

type TNavigationLinkProps = {
  to: string;
  label: string;
  isExact?: boolean;
  /** Pages below `to` that have their own entry: there, only that entry is the current page. */
  exceptBelow?: string[];
  onNavigate: () => void;
};

function NavigationLink({ to, label, isExact = false, exceptBelow = [], onNavigate }: TNavigationLinkProps) {
  const { pathname } = useResolvedPath(to);
  const location = useLocation();
  const isActive =
    matchPath({ path: pathname, end: isExact }, location.pathname) !== null &&
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
        onClick={onNavigate}
      />
    </li>
  );
}

/** The directory's own pages: below /offers, but with their own entries (the form belongs to "Meine Angebote"). */
const directoryPaths = ["/offers/mine", "/offers/new", "/offers/:id/edit", "/offers/reviews"];

type TAppNavigationProps = { onNavigate: () => void };

/** The product's modules (PRODUCT.md) in the order of the core flow, then administration. */
export function AppNavigation({ onNavigate }: TAppNavigationProps) {
  const { t } = useTranslation();
  const administrationLabelId = useId();
  const user = useSignedInUser();
  // Only they can do anything in organisations, users and API tokens; the API refuses everyone else anyway.
  const isPeopleAdministrator = user.memberships.some(
    (membership) => membership.role === "administrator" || membership.role === "provider_admin",
  );
  return (
    <>
      <ul className={classes.navigationList}>
        <NavigationLink to="/" label={t("navigation.start")} isExact onNavigate={onNavigate} />
        <NavigationLink
          to="/arrival"
          label={t("modules.arrival.title")}
          exceptBelow={["/arrival/self-registrations"]}
          onNavigate={onNavigate}
        />
        {canRegisterPersons(user) ? (
          <NavigationLink
            to="/arrival/self-registrations"
            label={t("selfRegistrations.navigation")}
            onNavigate={onNavigate}
          />
        ) : null}
        <NavigationLink to="/counselling" label={t("modules.counselling.title")} onNavigate={onNavigate} />
        {canRegisterPersons(user) ? (
          <NavigationLink
            to="/counselling/tasks"
            label={t("counselling.tasks.myTasks.title")}
            onNavigate={onNavigate}
          />
        ) : null}
        <NavigationLink
          to="/offers"
          label={t("modules.offers.title")}
          exceptBelow={directoryPaths}
          onNavigate={onNavigate}
        />
        {canKeepOffers(user) ? (
          <NavigationLink
            to="/offers/mine"
            label={t("offers.directory.mine.title")}
            exceptBelow={["/offers/reviews"]}
            onNavigate={onNavigate}
          />
        ) : null}
        {canReviewOffers(user) ? (
          <NavigationLink to="/offers/reviews" label={t("offers.directory.reviews.title")} onNavigate={onNavigate} />
        ) : null}
        {canRegisterPersons(user) ? (
          <NavigationLink to="/referrals/sent" label={t("offers.referrals.sent.navigation")} onNavigate={onNavigate} />
        ) : null}
        {canAnswerReferrals(user) ? (
          <NavigationLink
            to="/referrals/inbox"
            label={t("offers.referrals.inbox.navigation")}
            onNavigate={onNavigate}
          />
        ) : null}
        {canEditPortalPages(user) ? (
          <NavigationLink to="/portal" label={t("modules.portal.title")} onNavigate={onNavigate} />
        ) : null}
        <NavigationLink to="/steering" label={t("modules.steering.title")} onNavigate={onNavigate} />
      </ul>
      <p className={classes.navigationGroupLabel} id={administrationLabelId}>
        {t("navigation.administration")}
      </p>
      <ul className={classes.navigationList} aria-labelledby={administrationLabelId}>
        {isPeopleAdministrator ? (
          <>
            <NavigationLink
              to="/administration/organisations"
              label={t("modules.organisations.title")}
              onNavigate={onNavigate}
            />
            <NavigationLink to="/administration/users" label={t("modules.users.title")} onNavigate={onNavigate} />
          </>
        ) : null}
        <NavigationLink to="/administration/reference-data" label={t("reference.title")} onNavigate={onNavigate} />
        {isPeopleAdministrator ? (
          <NavigationLink to="/administration/api-tokens" label={t("apiTokens.title")} onNavigate={onNavigate} />
        ) : null}
        {canReadAuditTrail(user) ? (
          <NavigationLink to="/audit" label={t("audit.navigation")} onNavigate={onNavigate} />
        ) : null}
      </ul>
    </>
  );
}
