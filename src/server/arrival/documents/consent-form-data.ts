import { desc, eq } from "drizzle-orm";
import type { TDocumentLanguage } from "../../../common/arrival/document-schemas.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { privacyNotices } from "../consent/consent-tables.js";
import type { TPersonAccess } from "../persons/person-access.js";
import {
  chooseDocumentLanguage,
  findDocumentPerson,
  findTextDirection,
  type TDocumentPerson,
} from "./document-person.js";

export type TPrintedNotice = { id: string; version: string; language: string; title: string; body: string };

export type TConsentFormData = {
  language: TDocumentLanguage;
  direction: "ltr" | "rtl";
  person: TDocumentPerson;
  /** The newest notice in the form's language, else the newest German one. */
  notice: TPrintedNotice;
};

async function findNewestNotice(executor: TDbExecutor, language: string): Promise<TPrintedNotice | undefined> {
  const [notice] = await executor
    .select({
      id: privacyNotices.id,
      version: privacyNotices.version,
      language: privacyNotices.language,
      title: privacyNotices.title,
      body: privacyNotices.body,
    })
    .from(privacyNotices)
    .where(eq(privacyNotices.language, language))
    .orderBy(desc(privacyNotices.version))
    .limit(1);
  return notice;
}

/** The person within the read scope (else 404) and the notice to print; the read is audited as part "consent_form". */
export function loadConsentFormData(
  db: TDb,
  access: TPersonAccess,
  id: string,
  requested: TDocumentLanguage | undefined,
): Promise<TConsentFormData> {
  return db.transaction(async (tx) => {
    const person = await findDocumentPerson(tx, access, id);
    const language = chooseDocumentLanguage(requested, person.preferredLanguage);
    const notice = (await findNewestNotice(tx, language)) ?? (await findNewestNotice(tx, "de"));
    if (!notice) throw new Error("no privacy notice is loaded, not even in German");
    const data = { language, direction: await findTextDirection(tx, language), person, notice };
    await access.recordRead(tx, id, "consent_form");
    return data;
  });
}
