import { and, eq } from "drizzle-orm";
import type { TDocumentLanguage } from "../../../common/arrival/document-schemas.js";
import type { TAgeGroup } from "../../../common/arrival/household-schemas.js";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import { recordAuditEvents } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { persons } from "../arrival-tables.js";
import type { TPersonAccess } from "../persons/person-access.js";
import { ageGroupOf, ageOn } from "../persons/person-age.js";
import { findDistrictContact, findMunicipalContact, type TContactPoint } from "./contact-points.js";
import {
  chooseDocumentLanguage,
  findDocumentPerson,
  findTextDirection,
  type TDocumentPerson,
} from "./document-person.js";

export type TWelcomeLetterData = {
  language: TDocumentLanguage;
  direction: "ltr" | "rtl";
  person: TDocumentPerson;
  municipalContact: TContactPoint | null;
  districtContact: TContactPoint | null;
  /** Age groups in the person's household (the person included), as far as the actor may see it. */
  ageGroups: ReadonlySet<TAgeGroup>;
};

/** The other members' dates of birth are read for the letter too: each is audited as listed, like the household view. */
async function findHouseholdAgeGroups(executor: TDbExecutor, access: TPersonAccess, person: TDocumentPerson) {
  const members = person.householdId
    ? await executor
        .select({
          id: persons.id,
          birthYear: persons.birthYear,
          birthMonth: persons.birthMonth,
          birthDay: persons.birthDay,
        })
        .from(persons)
        .where(and(eq(persons.householdId, person.householdId), access.scopeFor("read")))
    : [{ id: person.id, ...person.birth }];
  await recordAuditEvents(
    executor,
    access.auditFor("read"),
    members
      .filter((member) => member.id !== person.id)
      .map((member) => ({
        action: "person.list" as const,
        subjectType: "person",
        subjectId: member.id,
        personId: member.id,
        detail: { list: "welcome_letter_household", personId: person.id },
      })),
  );
  const today = todayInBerlin();
  return new Set(members.flatMap((member) => ageGroupOf(ageOn(member, today)) ?? []));
}

/**
 * Everything the welcome letter prints, read in one transaction through the person layer: the
 * person within the actor's read scope (else 404), and the read audited as part "welcome_letter".
 */
export function loadWelcomeLetterData(
  db: TDb,
  access: TPersonAccess,
  id: string,
  requested: TDocumentLanguage | undefined,
): Promise<TWelcomeLetterData> {
  return db.transaction(async (tx) => {
    const person = await findDocumentPerson(tx, access, id);
    const language = chooseDocumentLanguage(requested, person.preferredLanguage);
    const data = {
      language,
      direction: await findTextDirection(tx, language),
      person,
      municipalContact: await findMunicipalContact(tx, person.municipalUnitKey),
      districtContact: await findDistrictContact(tx, person.district.ags),
      ageGroups: await findHouseholdAgeGroups(tx, access, person),
    };
    await access.recordRead(tx, id, "welcome_letter");
    return data;
  });
}
