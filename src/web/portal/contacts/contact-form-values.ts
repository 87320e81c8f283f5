import type { TPortalContact } from "../../../common/portal/contact-schemas.js";
import { fromOwnerValue, toOwnerValue } from "../content-owners.js";

export type TContactFormValues = {
  owner: string;
  name: string;
  office: string;
  phone: string;
  email: string;
  website: string;
  languages: string[];
  noteDe: string;
};

export const contactFormFields = [
  "ownerUnitKey",
  "name",
  "office",
  "phone",
  "email",
  "website",
  "languages",
  "noteDe",
] as const;

export function createEmptyContactValues(owner: string): TContactFormValues {
  return { owner, name: "", office: "", phone: "", email: "", website: "", languages: [], noteDe: "" };
}

export function toContactFormValues(contact: TPortalContact): TContactFormValues {
  return {
    owner: toOwnerValue(contact.ownerUnitKey),
    name: contact.name,
    office: contact.office ?? "",
    phone: contact.phone ?? "",
    email: contact.email ?? "",
    website: contact.website ?? "",
    languages: contact.languages,
    noteDe: contact.noteDe ?? "",
  };
}

/** The request body (before the shared schema's checks); empty texts become "not given" there. */
export function toContactInput(values: TContactFormValues) {
  return {
    ownerUnitKey: fromOwnerValue(values.owner),
    name: values.name,
    office: values.office,
    phone: values.phone,
    email: values.email,
    website: values.website,
    languages: values.languages,
    noteDe: values.noteDe,
  };
}

/** Language entries are chosen from a list: a problem with one shows at the list. */
export function toContactField(path: readonly string[]): string {
  const [first] = path;
  return first === "languages" ? first : path.join(".");
}
