import { and, eq, sql } from "drizzle-orm";
import { nameScripts, type TNameScript } from "../../../common/arrival/person.js";
import { type TPersonPatch, ZPersonInput } from "../../../common/arrival/person-input-schemas.js";
import type { TPerson } from "../../../common/arrival/person-schemas.js";
import { type TSelfRegistrationDecision, toPersonFields } from "../../../common/arrival/self-registration-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { RequestValidationError } from "../../platform/http/validation.js";
import { persons } from "../arrival-tables.js";
import { normaliseName } from "../duplicates/name-normalisation.js";
import type { TPersonAccess } from "../persons/person-access.js";
import { personRecordColumns, toPerson } from "../persons/person-record.js";
import { applyPersonPatch, updatePersonRecord } from "../persons/person-writes.js";
import { auditContextFor, buildSelfRegistrationScope } from "./self-registration-scope.js";
import { selfRegistrations } from "./self-registration-tables.js";
import { writeOnlineConsents } from "./write-online-consents.js";

type TRegistration = typeof selfRegistrations.$inferSelect;
type TDecideOptions = { db: TDb; actor: TAuthenticatedActor; audit: TAuditContext; personAccess: TPersonAccess };

const purpose = "self_registration";

/** An address is used for contact only once its owner confirmed it (double opt-in). */
function contactEmailOf(registration: TRegistration): string | null {
  return registration.emailConfirmation === "confirmed" ? registration.email : null;
}

function toNameScript(script: string): TNameScript {
  return nameScripts.find((known) => known === script) ?? "Other";
}

/** What the registration knows and the record lacks; the record's own values always win. */
function buildFillPatch(person: TPerson, registration: TRegistration): TPersonPatch {
  const patch: TPersonPatch = {};
  if (person.birthYear === null && registration.birthYear !== null) {
    patch.birthYear = registration.birthYear;
    patch.birthMonth = registration.birthMonth;
    patch.birthDay = registration.birthDay;
  }
  if (person.sex === "not_stated" && registration.sex !== "not_stated") patch.sex = registration.sex;
  const nationalities = registration.nationalities.filter((code) => !person.nationalities.includes(code));
  if (nationalities.length > 0) patch.nationalities = [...person.nationalities, ...nationalities].slice(0, 5);
  const known = new Set(person.languages.map((entry) => entry.language));
  const languages = registration.languages.filter((entry) => !known.has(entry.language));
  if (languages.length > 0) patch.languages = [...person.languages, ...languages];
  if (person.arrivedInMunicipalityOn === null && registration.arrivedInMunicipalityOn !== null) {
    patch.arrivedInMunicipalityOn = registration.arrivedInMunicipalityOn;
  }
  if (person.phone === null && registration.phone !== null) patch.phone = registration.phone;
  const email = contactEmailOf(registration);
  if (person.email === null && email !== null) patch.email = email;
  if (person.preferredLanguage === null && registration.preferredLanguage !== null) {
    patch.preferredLanguage = registration.preferredLanguage;
  }
  const spelling = (given: string, family: string) => `${normaliseName(given)}|${normaliseName(family)}`;
  const spellings = new Set([person, ...person.otherNames].map((name) => spelling(name.givenName, name.familyName)));
  if (!spellings.has(spelling(registration.givenName, registration.familyName))) {
    patch.otherNames = [
      ...person.otherNames.flatMap(({ kind, script, givenName, familyName }) =>
        kind === "passport" ? [] : [{ kind, script: toNameScript(script), givenName, familyName }],
      ),
      { kind: "alternative", script: "Latn", givenName: registration.givenName, familyName: registration.familyName },
    ];
  }
  return patch;
}

/**
 * Staff decisions on a pending self-registration, each in one transaction with its audit event and
 * only once: a registration already decided is 409, one outside the actor's area 404.
 */
export function createSelfRegistrationDecisions({ db, actor, audit, personAccess }: TDecideOptions) {
  const decidedBy = actor.kind === "user" ? actor.userId : null;

  async function lockPending(tx: TDbExecutor, id: string): Promise<TRegistration> {
    const [row] = await tx
      .select()
      .from(selfRegistrations)
      .where(and(eq(selfRegistrations.id, id), buildSelfRegistrationScope(actor, "decide")))
      .for("update");
    if (!row) throw new HttpProblem(404, "notFound");
    if (row.status !== "pending") throw new HttpProblem(409, "alreadyDecided");
    return row;
  }

  async function settle(
    tx: TDbExecutor,
    registration: TRegistration,
    decision: Pick<TRegistration, "status" | "personId" | "rejectReason">,
    action: "self_registration.confirm" | "self_registration.merge" | "self_registration.reject",
  ): Promise<TSelfRegistrationDecision> {
    await tx
      .update(selfRegistrations)
      .set({ ...decision, decidedBy, decidedAt: sql`now()`, clientAddressHash: null, emailTokenHash: null })
      .where(eq(selfRegistrations.id, registration.id));
    await recordAuditEvent(tx, auditContextFor(actor, audit, "decide"), {
      action,
      subjectType: "self_registration",
      subjectId: registration.id,
      ...(decision.personId ? { personId: decision.personId } : {}),
    });
    return { id: registration.id, status: decision.status, personId: decision.personId };
  }

  return {
    /** A new person record through the person layer, with the consents given online. */
    confirm(id: string): Promise<TSelfRegistrationDecision> {
      return db.transaction(async (tx) => {
        const registration = await lockPending(tx, id);
        const input = ZPersonInput.safeParse(
          { ...toPersonFields(registration), email: contactEmailOf(registration), purpose },
          { reportInput: true },
        );
        if (!input.success) throw new RequestValidationError(input.error.issues);
        const person = await personAccess.createWithin(tx, input.data);
        await writeOnlineConsents(tx, person.id, registration, decidedBy, personAccess.auditFor("update"));
        return settle(
          tx,
          registration,
          { status: "confirmed", personId: person.id, rejectReason: null },
          "self_registration.confirm",
        );
      });
    },

    /** Into an existing record in the actor's scope: adds the consents, fills only the facts it lacks. */
    merge(id: string, personId: string): Promise<TSelfRegistrationDecision> {
      return db.transaction(async (tx) => {
        const registration = await lockPending(tx, id);
        const [row] = await tx
          .select(personRecordColumns())
          .from(persons)
          .where(and(eq(persons.id, personId), personAccess.scopeFor("update")))
          .for("update", { of: persons });
        if (!row) throw new HttpProblem(404, "notFound");
        if (row.status === "merged") {
          throw new FieldRuleViolation([{ pointer: "/body/personId", code: "merge_of_merged" }]);
        }
        const current = toPerson(row, ["read", "update"]);
        const patch = buildFillPatch(current, registration);
        if (Object.keys(patch).length > 0) {
          await updatePersonRecord(tx, personId, applyPersonPatch(current, patch), patch);
          await recordAuditEvent(tx, personAccess.auditFor("update"), {
            action: "person.update",
            subjectType: "person",
            subjectId: personId,
            personId,
            purpose,
            detail: { fields: Object.keys(patch).sort(), selfRegistrationId: id },
          });
        }
        await writeOnlineConsents(tx, personId, registration, decidedBy, personAccess.auditFor("update"));
        return settle(tx, registration, { status: "merged", personId, rejectReason: null }, "self_registration.merge");
      });
    },

    reject(id: string, reason: string): Promise<TSelfRegistrationDecision> {
      return db.transaction(async (tx) => {
        const registration = await lockPending(tx, id);
        return settle(
          tx,
          registration,
          { status: "rejected", personId: null, rejectReason: reason },
          "self_registration.reject",
        );
      });
    },
  };
}
