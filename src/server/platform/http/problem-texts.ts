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
  | "invalidToken"
  | "forbidden"
  | "tooManyRequests"
  | "unavailable"
  | "badRequest"
  | "internal";

const texts: Record<"de" | "en", Record<TProblemKey, TProblemText>> = {
  de: {
    validation: { title: "Die Eingaben sind nicht gültig.", detail: "Bitte prüfen Sie die markierten Felder." },
    malformedJson: { title: "Der Anfrageinhalt ist kein gültiges JSON." },
    bodyTooLarge: { title: "Der Anfrageinhalt ist zu groß." },
    unsupportedMediaType: { title: "Dieses Datenformat wird hier nicht angenommen." },
    notFound: { title: "Nicht gefunden." },
    methodNotAllowed: { title: "Diese Methode ist hier nicht erlaubt." },
    unauthorized: { title: "Bitte melden Sie sich an." },
    invalidCredentials: { title: "Anmeldung fehlgeschlagen.", detail: "E-Mail-Adresse oder Passwort ist falsch." },
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
  },
  en: {
    validation: { title: "The input is not valid.", detail: "Please check the fields listed." },
    malformedJson: { title: "The request body is not valid JSON." },
    bodyTooLarge: { title: "The request body is too large." },
    unsupportedMediaType: { title: "This content type is not accepted here." },
    notFound: { title: "Not found." },
    methodNotAllowed: { title: "This method is not allowed here." },
    unauthorized: { title: "Please log in." },
    invalidCredentials: { title: "Login failed.", detail: "The e-mail address or the password is wrong." },
    invalidToken: { title: "The API token is not valid.", detail: "It is unknown, expired or revoked." },
    forbidden: { title: "This action is not allowed." },
    tooManyRequests: { title: "Too many requests. Please try again later." },
    unavailable: { title: "The service is unavailable right now." },
    badRequest: { title: "The request is malformed." },
    internal: {
      title: "An internal error occurred.",
      detail: "Please try again. Quote the request id when you contact support.",
    },
  },
};

export type { TProblemKey };

export function getProblemText(key: TProblemKey, language: TApiLanguage): TProblemText {
  return texts[language === "de" ? "de" : "en"][key];
}
