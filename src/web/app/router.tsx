import { createBrowserRouter, Navigate, Outlet, ScrollRestoration } from "react-router";
import { ArrivalPage } from "../arrival/arrival-page.js";
import { FirstContactWorklistPage } from "../arrival/first-contact-worklist-page.js";
import { ImportPage } from "../arrival/import-page.js";
import { ImportUploadPage } from "../arrival/import-upload-page.js";
import { PersonFilePage } from "../arrival/person-file-page.js";
import { PersonEditPage, PersonRegistrationPage } from "../arrival/person-registration-page.js";
import { SelfRegistrationPage } from "../arrival/self-registration-page.js";
import { SelfRegistrationsPage } from "../arrival/self-registrations-page.js";
import { AssessmentPage } from "../counselling/assessment/assessment-page.js";
import { CounsellingFilePage } from "../counselling/counselling-file-page.js";
import { CounsellingPage } from "../counselling/counselling-page.js";
import { HandoversPage } from "../counselling/handovers-page.js";
import { MyTasksPage } from "../counselling/tasks/my-tasks-page.js";
import { MyOffersPage } from "../offers/directory/my-offers-page.js";
import { OfferEditPage, OfferNewPage } from "../offers/directory/offer-form-page.js";
import { ReviewPage } from "../offers/directory/review-page.js";
import { ReviewQueuePage } from "../offers/directory/review-queue-page.js";
import { OffersPage } from "../offers/offers-page.js";
import { ReferralInboxPage } from "../offers/referrals/referral-inbox-page.js";
import { ReferralPage } from "../offers/referrals/referral-page.js";
import { SentReferralsPage } from "../offers/referrals/sent-referrals-page.js";
import { AcceptInvitationPage } from "../platform/account/accept-invitation-page.js";
import { ForgotPasswordPage } from "../platform/account/forgot-password-page.js";
import { ResetPasswordPage } from "../platform/account/reset-password-page.js";
import { ApiTokensPage } from "../platform/administration/api-tokens-page.js";
import { OrganisationsPage } from "../platform/administration/organisations-page.js";
import { UserDetailPage } from "../platform/administration/user-detail-page.js";
import { UsersPage } from "../platform/administration/users-page.js";
import { AuditPage } from "../platform/audit/audit-page.js";
import { ReferenceDataPage } from "../platform/reference-data/reference-data-page.js";
import { SecurityPage } from "../platform/security/security-page.js";
import { LoginPage } from "../platform/session/login-page.js";
import { RequireSession } from "../platform/session/require-session.js";
import { PortalContactEditPage, PortalContactNewPage } from "../portal/contacts/contact-form-page.js";
import { PortalContactsPage } from "../portal/contacts/contacts-page.js";
import { PortalPageCopyPage } from "../portal/copy/copy-page.js";
import { PortalEventImportPage } from "../portal/event-import/event-import-page.js";
import { PortalEventEditPage, PortalEventNewPage } from "../portal/events/event-form-page.js";
import { PortalEventsPage } from "../portal/events/events-page.js";
import { PortalMediaPage } from "../portal/media/media-page.js";
import { PageEditPage } from "../portal/pages/page-edit-page.js";
import { PageHistoryPage } from "../portal/pages/page-history-page.js";
import { PageNewPage } from "../portal/pages/page-new-page.js";
import { PageTranslationPage } from "../portal/pages/page-translation-page.js";
import { PagesListPage } from "../portal/pages/pages-list-page.js";
import { PortalPlaceEditPage, PortalPlaceNewPage } from "../portal/places/place-form-page.js";
import { PortalPlacesPage } from "../portal/places/places-page.js";
import { StartPage } from "../start/start-page.js";
import { ConceptHistoryPage } from "../steering/concept-history-page.js";
import { ConceptPeriodPage } from "../steering/concept-period-page.js";
import { ConceptPrintPage } from "../steering/concept-print-page.js";
import { SteeringPage } from "../steering/steering-page.js";
import { NotFoundPage } from "./errors/not-found-page.js";
import { RootErrorPage, RouteErrorPage } from "./errors/route-error-page.js";
import { AppLayout } from "./layout/app-layout.js";
import { useRouteFocus } from "./layout/use-route-focus.js";

/** Lives as long as the app, so it sees every navigation, also between the login page and the frame. */
function RootRoute() {
  useRouteFocus();
  return (
    <>
      <ScrollRestoration />
      <Outlet />
    </>
  );
}

/**
 * Every page of the staff app. Paths are English (like the API); the labels are translated.
 * Errors inside a page render inside the frame, so navigation stays usable.
 */
export function createAppRouter(basename: string) {
  return createBrowserRouter(
    [
      {
        element: <RootRoute />,
        errorElement: <RootErrorPage />,
        children: [
          { path: "login", element: <LoginPage /> },
          { path: "forgot-password", element: <ForgotPasswordPage /> },
          { path: "reset-password/:token", element: <ResetPasswordPage /> },
          { path: "invitation/:token", element: <AcceptInvitationPage /> },
          {
            element: <RequireSession />,
            children: [
              {
                element: <AppLayout />,
                children: [
                  {
                    errorElement: <RouteErrorPage />,
                    children: [
                      { index: true, element: <StartPage /> },
                      {
                        path: "arrival",
                        children: [
                          { index: true, element: <ArrivalPage /> },
                          { path: "new", element: <PersonRegistrationPage /> },
                          { path: "worklist", element: <FirstContactWorklistPage /> },
                          { path: "self-registrations", element: <SelfRegistrationsPage /> },
                          { path: "self-registrations/:id", element: <SelfRegistrationPage /> },
                          { path: "import", element: <ImportUploadPage /> },
                          { path: "import/:id", element: <ImportPage /> },
                          { path: "persons/:id", element: <PersonFilePage /> },
                          { path: "persons/:id/edit", element: <PersonEditPage /> },
                        ],
                      },
                      {
                        path: "counselling",
                        children: [
                          { index: true, element: <CounsellingPage /> },
                          { path: "persons/:id", element: <CounsellingFilePage /> },
                          { path: "handovers", element: <HandoversPage /> },
                          { path: "tasks", element: <MyTasksPage /> },
                          { path: "persons/:id/assessments/:assessmentId", element: <AssessmentPage /> },
                        ],
                      },
                      { path: "offers", element: <OffersPage /> },
                      {
                        path: "referrals",
                        children: [
                          { path: "inbox", element: <ReferralInboxPage /> },
                          { path: "sent", element: <SentReferralsPage /> },
                          { path: ":referralId", element: <ReferralPage /> },
                        ],
                      },
                      { path: "offers/mine", element: <MyOffersPage /> },
                      { path: "offers/new", element: <OfferNewPage /> },
                      { path: "offers/:id/edit", element: <OfferEditPage /> },
                      { path: "offers/reviews", element: <ReviewQueuePage /> },
                      { path: "offers/reviews/:revisionId", element: <ReviewPage /> },
                      {
                        path: "portal",
                        children: [
                          { index: true, element: <PagesListPage /> },
                          { path: "pages/new", element: <PageNewPage /> },
                          { path: "pages/:id", element: <PageEditPage /> },
                          { path: "pages/:id/translations/:language", element: <PageTranslationPage /> },
                          { path: "pages/:id/history", element: <PageHistoryPage /> },
                          { path: "media", element: <PortalMediaPage /> },
                          { path: "pages/copy", element: <PortalPageCopyPage /> },
                          { path: "places", element: <PortalPlacesPage /> },
                          { path: "places/new", element: <PortalPlaceNewPage /> },
                          { path: "places/:id", element: <PortalPlaceEditPage /> },
                          { path: "contacts", element: <PortalContactsPage /> },
                          { path: "contacts/new", element: <PortalContactNewPage /> },
                          { path: "contacts/:id", element: <PortalContactEditPage /> },
                          { path: "events", element: <PortalEventsPage /> },
                          { path: "events/new", element: <PortalEventNewPage /> },
                          { path: "events/import", element: <PortalEventImportPage /> },
                          { path: "events/:id", element: <PortalEventEditPage /> },
                        ],
                      },
                      {
                        path: "steering",
                        children: [
                          { index: true, element: <SteeringPage /> },
                          { path: "concept/:periodId", element: <ConceptPeriodPage /> },
                          { path: "concept/:periodId/history", element: <ConceptHistoryPage /> },
                          { path: "concept/:periodId/print", element: <ConceptPrintPage /> },
                        ],
                      },
                      { path: "security", element: <SecurityPage /> },
                      {
                        path: "administration",
                        children: [
                          { index: true, element: <Navigate to="organisations" replace /> },
                          { path: "organisations", element: <OrganisationsPage /> },
                          { path: "users", element: <UsersPage /> },
                          { path: "users/:userId", element: <UserDetailPage /> },
                          { path: "reference-data", element: <ReferenceDataPage /> },
                          { path: "api-tokens", element: <ApiTokensPage /> },
                        ],
                      },
                      { path: "audit", element: <AuditPage /> },
                      { path: "*", element: <NotFoundPage /> },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    { basename },
  );
}
