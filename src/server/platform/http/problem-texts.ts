import { conceptProblemTexts, type TConceptProblemKey } from "../../steering/concept/concept-problem-texts.js";
import type { TApiLanguage } from "./request-language.js";

type TProblemText = { title: string; detail?: string };
type TProblemKey =
  | "validation"
  | "malformedJson"
  | "bodyTooLarge"
  | "unsupportedMediaType"
  | "notFound"
  | "methodNotAllowed"
  | "unauthorized"
  | "invalidCredentials"
  | "tooManyAttempts"
  | "invalidSecondFactor"
  | "secondFactorNotPending"
  | "secondFactorAlreadyEnrolled"
  | "secondFactorNotEnrolled"
  | "invalidToken"
  | "forbidden"
  | "tooManyRequests"
  | "unavailable"
  | "badRequest"
  | "internal"
  | "tokenInvalid"
  | "mailNotConfigured"
  | "mailDeliveryFailed"
  | "lastAdministrator"
  | "membershipFromSingleSignOn"
  | "roleNotAllowed"
  | "roleNotForOrganisationKind"
  | "userBeyondReach"
  | "organisationFieldsForKind"
  | "municipalUnitUnknown"
  | "mergeChangedSince"
  | "assessmentInProgress"
  | "assessmentNotInProgress"
  | "changedMeanwhile"
  | "pagePreviewWithoutGerman"
  | "selfCheckNotOpen"
  | "mergeAlreadyUndone"
  | "mergeBothInterviewsInProgress"
  | "mergeBothHavePlans"
  | "mergeBothHaveOpenCases"
  | "formRefused"
  | "alreadyDecided"
  | "importNotOpen"
  | "importOverlapsCommitted"
  | "importFileUnreadable"
  | "caseAlreadyOpen"
  | "caseClosed"
  | "handoverPending"
  | "handoverNotPending"
  | "planExists"
  | "planVersionStale"
  | "offerStatusForbidsChange"
  | "referralTransitionNotAllowed"
  | "referralNoFreePlaces"
  | "referralConsentWithdrawn"
  | "referralNotActive"
  | "portalContactInUse"
  | "portalPlaceNotDraft"
  | "portalMediaTooLarge"
  | TConceptProblemKey;

const texts: Record<"de" | "en", Record<TProblemKey, TProblemText>> = {
  de: {
    ...conceptProblemTexts.de,
    validation: { title: "Die Eingaben sind nicht gültig.", detail: "Bitte prüfen Sie die markierten Felder." },
    malformedJson: { title: "Der Anfrageinhalt ist kein gültiges JSON." },
    bodyTooLarge: { title: "Der Anfrageinhalt ist zu groß." },
    unsupportedMediaType: { title: "Dieses Datenformat wird hier nicht angenommen." },
    portalContactInUse: { title: "Die Kontaktperson wird noch verwendet." },
    portalPlaceNotDraft: { title: "Nur Entwürfe können gelöscht werden." },
    portalMediaTooLarge: { title: "Die Datei ist zu groß." },
    notFound: { title: "Nicht gefunden." },
    methodNotAllowed: { title: "Diese Methode ist hier nicht erlaubt." },
    unauthorized: { title: "Bitte melden Sie sich an." },
    invalidCredentials: { title: "Anmeldung fehlgeschlagen.", detail: "E-Mail-Adresse oder Passwort ist falsch." },
    tooManyAttempts: {
      title: "Zu viele fehlgeschlagene Versuche.",
      detail: "Die Anmeldung ist vorübergehend gesperrt. Bitte warten Sie, bevor Sie es erneut versuchen.",
    },
    invalidSecondFactor: {
      title: "Der Code ist nicht gültig.",
      detail:
        "Bitte geben Sie den aktuellen Code aus Ihrer Authenticator-App oder einen unbenutzten Wiederherstellungscode ein.",
    },
    secondFactorNotPending: { title: "Diese Sitzung wartet auf keinen zweiten Faktor." },
    secondFactorAlreadyEnrolled: { title: "Ein zweiter Faktor ist bereits eingerichtet." },
    secondFactorNotEnrolled: { title: "Es ist noch kein zweiter Faktor eingerichtet." },
    invalidToken: {
      title: "Das API-Token ist ungültig.",
      detail: "Es ist unbekannt, abgelaufen oder widerrufen.",
    },
    forbidden: { title: "Diese Aktion ist nicht erlaubt." },
    tooManyRequests: { title: "Zu viele Anfragen. Bitte versuchen Sie es später erneut." },
    unavailable: { title: "Der Dienst ist gerade nicht verfügbar." },
    badRequest: { title: "Die Anfrage ist fehlerhaft." },
    internal: {
      title: "Ein interner Fehler ist aufgetreten.",
      detail: "Bitte versuchen Sie es erneut. Nennen Sie dem Support die Anfrage-ID.",
    },
    tokenInvalid: {
      title: "Dieser Link gilt nicht mehr.",
      detail: "Er wurde schon benutzt, ist abgelaufen oder durch einen neueren ersetzt. Fordern Sie einen neuen an.",
    },
    mailNotConfigured: {
      title: "Der E-Mail-Versand ist nicht eingerichtet.",
      detail: "Bitte wenden Sie sich an die Administration (KOMMMIT_SMTP_URL fehlt).",
    },
    mailDeliveryFailed: {
      title: "Die E-Mail konnte nicht versendet werden.",
      detail: "Die Einladung ist gespeichert. Bitte versuchen Sie es später erneut.",
    },
    importNotOpen: {
      title: "Dieser Import ist bereits übernommen oder verworfen.",
      detail: "Bitte laden Sie die Liste erneut hoch, wenn Sie sie noch einmal prüfen möchten.",
    },
    importOverlapsCommitted: {
      title: "Einige Zeilen wurden inzwischen mit einer anderen Liste übernommen.",
      detail:
        "Es wurde nichts gespeichert. Bitte prüfen Sie die Zuordnung erneut, dann sehen Sie die bereits übernommenen Zeilen.",
    },
    importFileUnreadable: { title: "Die Datei kann nicht gelesen werden." },
    assessmentInProgress: {
      title: "Für diese Person läuft bereits eine Bedarfserhebung.",
      detail: "Bitte setzen Sie die begonnene Erhebung fort.",
    },
    selfCheckNotOpen: { title: "Dieser Selbstcheck-Link ist nicht mehr offen." },
    assessmentNotInProgress: { title: "Diese Bedarfserhebung ist abgeschlossen und kann nicht mehr geändert werden." },
    pagePreviewWithoutGerman: {
      title: "Die Seite hat noch keinen deutschen Text.",
      detail: "Die Vorschau zeigt die Seite, sobald der deutsche Text gespeichert ist.",
    },
    changedMeanwhile: {
      title: "Der Datensatz wurde inzwischen geändert.",
      detail: "Bitte laden Sie die Seite neu und prüfen Sie die Änderungen, bevor Sie erneut speichern.",
    },
    planExists: { title: "Für diese Person gibt es bereits einen Förderplan." },
    offerStatusForbidsChange: {
      title: "In diesem Stand lässt sich das Angebot so nicht ändern.",
      detail: "Ein Angebot in Prüfung wartet auf die Entscheidung; ein zurückgezogenes bleibt zurückgezogen.",
    },
    referralTransitionNotAllowed: {
      title: "Dieser Schritt ist in diesem Stand der Vermittlung nicht möglich.",
      detail: "Bitte laden Sie die Seite neu: Die Vermittlung steht inzwischen woanders.",
    },
    referralNoFreePlaces: {
      title: "Das Angebot hat keine freien Plätze mehr.",
      detail: "Bitte tragen Sie zuerst freie Plätze ein oder lehnen Sie die Vermittlung mit Grund ab.",
    },
    referralConsentWithdrawn: {
      title: "Die Person hat ihre Einwilligung zur Weitergabe widerrufen.",
      detail: "Die Vermittlung kann nur noch abgelehnt oder beendet werden.",
    },
    referralNotActive: {
      title: "Die Vermittlung ist beendet.",
      detail:
        "Für eine abgeschlossene, abgelehnte, zurückgezogene oder abgelaufene Vermittlung gibt es keinen Brief mehr.",
    },
    planVersionStale: {
      title: "Der Förderplan wurde inzwischen geändert.",
      detail: "Es wurde nichts gespeichert. Bitte laden Sie den Plan neu und tragen Sie Ihre Änderung erneut ein.",
    },
    mergeChangedSince: {
      title: "Die Zusammenführung lässt sich nicht mehr rückgängig machen.",
      detail: "Die Person wurde seitdem geändert. Trennen Sie die Datensätze bitte von Hand.",
    },
    mergeAlreadyUndone: {
      title: "Diese Zusammenführung wurde bereits rückgängig gemacht.",
    },
    mergeBothInterviewsInProgress: {
      title: "Bei beiden Datensätzen läuft ein Erstgespräch.",
      detail: "Eine Person hat nur ein laufendes Erstgespräch. Schließen Sie eines ab, dann führen Sie zusammen.",
    },
    mergeBothHavePlans: {
      title: "Beide Datensätze haben einen Förderplan.",
      detail:
        "Eine Person hat einen Förderplan, und zwei Pläne lassen sich nicht zusammenlegen. Die Datensätze bleiben getrennt; bitte melden Sie den Fall der Administration.",
    },
    mergeBothHaveOpenCases: {
      title: "Beide Datensätze haben einen offenen Fall.",
      detail: "Eine Person hat einen offenen Fall. Schließen Sie einen der beiden Fälle, dann führen Sie zusammen.",
    },
    membershipFromSingleSignOn: {
      title: "Diese Rolle kommt aus der Anmeldung über den Identitätsanbieter.",
      detail: "Sie wird bei jeder Anmeldung aus dessen Gruppen neu gesetzt. Ändern Sie die Gruppe dort.",
    },
    lastAdministrator: {
      title: "Das ist die letzte aktive Administration.",
      detail: "Ernennen Sie zuerst eine weitere Person zur Administratorin oder zum Administrator.",
    },
    roleNotAllowed: {
      title: "Diese Rolle dürfen Sie nicht vergeben.",
      detail: "Träger-Administrationen vergeben nur Rollen ihres eigenen Trägers.",
    },
    roleNotForOrganisationKind: { title: "Diese Rolle passt nicht zu dieser Art von Organisation." },
    userBeyondReach: {
      title: "Diese Person gehört auch zu anderen Organisationen.",
      detail: "Nur die Administration des Landkreises kann sie deaktivieren oder ändern.",
    },
    organisationFieldsForKind: {
      title: "Diese Angabe passt nicht zur Art der Organisation.",
      detail: "Kommunen haben eine Verwaltung, Träger eine Trägerart; die Art selbst bleibt.",
    },
    municipalUnitUnknown: { title: "Diese Verwaltung gibt es nicht." },
    formRefused: {
      title: "Das Formular wurde nicht angenommen.",
      detail: "Es war abgelaufen, schon gesendet, zu schnell ausgefüllt oder nicht echt. Bitte laden Sie es neu.",
    },
    alreadyDecided: { title: "Über diese Anmeldung wurde bereits entschieden." },
    caseAlreadyOpen: {
      title: "Für diese Person gibt es bereits einen offenen Fall.",
      detail: "Eine Person hat höchstens einen nicht abgeschlossenen Fall.",
    },
    caseClosed: { title: "Der Fall ist abgeschlossen.", detail: "Öffnen Sie ihn wieder, um weiterzuarbeiten." },
    handoverPending: {
      title: "Für diesen Fall wartet bereits eine Übergabe.",
      detail: "Ziehen Sie sie zurück oder warten Sie die Entscheidung der anderen Stelle ab.",
    },
    handoverNotPending: { title: "Über diese Übergabe wurde bereits entschieden." },
  },
  en: {
    ...conceptProblemTexts.en,
    validation: { title: "The input is not valid.", detail: "Please check the fields listed." },
    malformedJson: { title: "The request body is not valid JSON." },
    bodyTooLarge: { title: "The request body is too large." },
    unsupportedMediaType: { title: "This content type is not accepted here." },
    portalContactInUse: { title: "The contact is still in use." },
    portalPlaceNotDraft: { title: "Only drafts can be deleted." },
    portalMediaTooLarge: { title: "The file is too large." },
    notFound: { title: "Not found." },
    methodNotAllowed: { title: "This method is not allowed here." },
    unauthorized: { title: "Please log in." },
    invalidCredentials: { title: "Login failed.", detail: "The e-mail address or the password is wrong." },
    tooManyAttempts: {
      title: "Too many failed attempts.",
      detail: "Logging in is locked for a while. Please wait before you try again.",
    },
    invalidSecondFactor: {
      title: "The code is not valid.",
      detail: "Please enter the current code from your authenticator app or an unused recovery code.",
    },
    secondFactorNotPending: { title: "This session is not waiting for a second factor." },
    secondFactorAlreadyEnrolled: { title: "A second factor is already set up." },
    secondFactorNotEnrolled: { title: "No second factor is set up yet." },
    invalidToken: { title: "The API token is not valid.", detail: "It is unknown, expired or revoked." },
    forbidden: { title: "This action is not allowed." },
    tooManyRequests: { title: "Too many requests. Please try again later." },
    unavailable: { title: "The service is unavailable right now." },
    badRequest: { title: "The request is malformed." },
    internal: {
      title: "An internal error occurred.",
      detail: "Please try again. Quote the request id when you contact support.",
    },
    tokenInvalid: {
      title: "This link is no longer valid.",
      detail: "It was used already, has expired or was replaced by a newer one. Please ask for a new one.",
    },
    mailNotConfigured: {
      title: "Sending e-mail is not configured.",
      detail: "Please contact your administrator (KOMMMIT_SMTP_URL is not set).",
    },
    mailDeliveryFailed: {
      title: "The e-mail could not be sent.",
      detail: "The invitation is saved. Please try again later.",
    },
    importNotOpen: {
      title: "This import has been committed or discarded already.",
      detail: "Please upload the list again if you want to check it once more.",
    },
    importOverlapsCommitted: {
      title: "Some rows were taken over with another list meanwhile.",
      detail: "Nothing was saved. Please check the mapping again to see the rows taken over already.",
    },
    importFileUnreadable: { title: "The file cannot be read." },
    assessmentInProgress: {
      title: "A needs assessment is already in progress for this person.",
      detail: "Please continue the one that was started.",
    },
    selfCheckNotOpen: { title: "This self-check link is no longer open." },
    assessmentNotInProgress: { title: "This needs assessment is completed and can no longer be changed." },
    pagePreviewWithoutGerman: {
      title: "The page has no German text yet.",
      detail: "The preview shows the page once the German text is saved.",
    },
    changedMeanwhile: {
      title: "The record has been changed meanwhile.",
      detail: "Please reload the page and check the changes before saving again.",
    },
    planExists: { title: "This person already has an integration plan." },
    offerStatusForbidsChange: {
      title: "The offer cannot be changed like this in its current status.",
      detail: "An offer in review waits for the decision; a withdrawn offer stays withdrawn.",
    },
    referralTransitionNotAllowed: {
      title: "This step is not possible in the referral's current status.",
      detail: "Please reload the page: the referral has moved on meanwhile.",
    },
    referralNoFreePlaces: {
      title: "The offer has no free places left.",
      detail: "Please enter free places first, or decline the referral with a reason.",
    },
    referralConsentWithdrawn: {
      title: "The person has withdrawn their consent to sharing.",
      detail: "The referral can only be declined or ended now.",
    },
    referralNotActive: {
      title: "The referral has ended.",
      detail: "A completed, declined, withdrawn or expired referral has no letter any more.",
    },
    planVersionStale: {
      title: "The integration plan has been changed in the meantime.",
      detail: "Nothing was saved. Please reload the plan and enter your change again.",
    },
    mergeChangedSince: {
      title: "The merge can no longer be undone.",
      detail: "The person has been changed since. Please separate the records by hand.",
    },
    mergeAlreadyUndone: {
      title: "This merge has already been undone.",
    },
    mergeBothInterviewsInProgress: {
      title: "Both records have a first interview in progress.",
      detail: "A person has one interview in progress. Complete one of them, then merge.",
    },
    mergeBothHavePlans: {
      title: "Both records have an integration plan.",
      detail:
        "A person has one integration plan, and two plans cannot be combined. The records stay separate; please report the case to the administrators.",
    },
    mergeBothHaveOpenCases: {
      title: "Both records have an open case.",
      detail: "A person has one open case. Close one of the two cases, then merge.",
    },
    membershipFromSingleSignOn: {
      title: "This role comes from the login through the identity provider.",
      detail: "It is set again from the provider's groups at every login. Change the group there.",
    },
    lastAdministrator: {
      title: "This is the last active administrator.",
      detail: "Make another person an administrator first.",
    },
    roleNotAllowed: {
      title: "You may not grant this role.",
      detail: "Provider administrators grant only the roles of their own provider.",
    },
    roleNotForOrganisationKind: { title: "This role does not fit this kind of organisation." },
    userBeyondReach: {
      title: "This person also belongs to other organisations.",
      detail: "Only the district's administrators can deactivate or change them.",
    },
    organisationFieldsForKind: {
      title: "This field does not fit the kind of organisation.",
      detail: "Municipal units name their administration, providers their type; the kind itself stays.",
    },
    municipalUnitUnknown: { title: "There is no such administration." },
    formRefused: {
      title: "The form was not accepted.",
      detail: "It had expired, was already sent, was filled in too fast or is not genuine. Please load it again.",
    },
    alreadyDecided: { title: "This registration has already been decided on." },
    caseAlreadyOpen: {
      title: "This person already has an open case.",
      detail: "A person has at most one case that is not closed.",
    },
    caseClosed: { title: "The case is closed.", detail: "Reopen it to work on it." },
    handoverPending: {
      title: "A handover of this case is already waiting.",
      detail: "Withdraw it or wait for the other desk's decision.",
    },
    handoverNotPending: { title: "This handover has already been decided on." },
  },
};

export type { TProblemKey };

export function getProblemText(key: TProblemKey, language: TApiLanguage): TProblemText {
  return texts[language === "de" ? "de" : "en"][key];
}
