import { and, asc, eq, sql } from "drizzle-orm";
import type { THousehold, THouseholdChange } from "../../../common/arrival/household-schemas.js";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import { recordAuditEvents } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { households, persons } from "../arrival-tables.js";
import type { TPersonAccess } from "./person-access.js";
import { ageGroupOf, ageOn } from "./person-age.js";

/**
 * Households through the person data access layer: a member shows only if the actor's scope
 * reaches them, and joining or leaving is a change to both persons, audited for each.
 */
export function createHouseholdAccess(db: TDb, access: TPersonAccess) {
  async function findInScope(executor: TDbExecutor, id: string, action: "read" | "update") {
    const query = executor
      .select({ id: persons.id, householdId: persons.householdId, municipalityAgs: persons.municipalityAgs })
      .from(persons)
      .where(and(eq(persons.id, id), access.scopeFor(action)));
    const [row] = action === "update" ? await query.for("update", { of: persons }) : await query;
    if (!row) throw new HttpProblem(404, "notFound");
    return row;
  }

  async function readWith(executor: TDbExecutor, id: string): Promise<THousehold> {
    const self = await findInScope(executor, id, "read");
    const members = await executor
      .select({
        id: persons.id,
        givenName: persons.givenName,
        familyName: persons.familyName,
        birthYear: persons.birthYear,
        birthMonth: persons.birthMonth,
        birthDay: persons.birthDay,
        relation: persons.householdRelation,
      })
      .from(persons)
      .where(
        and(
          self.householdId === null ? eq(persons.id, id) : eq(persons.householdId, self.householdId),
          access.scopeFor("read"),
        ),
      )
      .orderBy(sql`${persons.householdRelation} = 'head' desc`, asc(persons.birthYear), asc(persons.id));
    await recordAuditEvents(
      executor,
      access.auditFor("read"),
      members
        .filter((member) => member.id !== id)
        .map((member) => ({ action: "person.list", subjectType: "person", subjectId: member.id, personId: member.id })),
    );
    const today = todayInBerlin();
    return {
      householdId: self.householdId,
      members: members.map((member) => {
        const age = ageOn(member, today);
        return { ...member, age, ageGroup: ageGroupOf(age), isSelf: member.id === id };
      }),
    };
  }

  async function dropIfEmpty(executor: TDbExecutor, householdId: string | null) {
    if (householdId === null) return;
    await executor
      .delete(households)
      .where(
        and(
          eq(households.id, householdId),
          sql`not exists (select 1 from ${persons} where ${persons.householdId} = ${householdId})`,
        ),
      );
  }

  return {
    /** The person's household as far as the actor may see it; the read and every other member shown are audited. */
    read(id: string): Promise<THousehold> {
      return db.transaction(async (tx) => {
        const household = await readWith(tx, id);
        await access.recordRead(tx, id, "household");
        return household;
      });
    },

    /** Joins another person's household (founding one if they have none), or leaves it. */
    change(id: string, change: THouseholdChange): Promise<THousehold> {
      return db.transaction(async (tx) => {
        const self = await findInScope(tx, id, "update");
        const changed = [id];
        let householdId: string | null = null;
        if (change.withPersonId !== null) {
          if (change.withPersonId === id) {
            throw new FieldRuleViolation([{ pointer: "/body/withPersonId", code: "household_with_self" }]);
          }
          const other = await findInScope(tx, change.withPersonId, "update");
          householdId = other.householdId;
          if (householdId === null) {
            const [founded] = await tx
              .insert(households)
              .values({ municipalityAgs: other.municipalityAgs })
              .returning({ id: households.id });
            householdId = founded?.id ?? null;
            await tx
              .update(persons)
              .set({ householdId, householdRelation: sql`coalesce(${persons.householdRelation}, 'head')` })
              .where(eq(persons.id, other.id));
            changed.push(other.id);
          }
        }
        await tx
          .update(persons)
          .set({
            householdId,
            householdRelation: householdId === null ? null : (change.relation ?? "other"),
            updatedAt: sql`now()`,
          })
          .where(eq(persons.id, id));
        if (self.householdId !== householdId) await dropIfEmpty(tx, self.householdId);
        await recordAuditEvents(
          tx,
          access.auditFor("update"),
          changed.map((personId) => ({
            action: "person.update",
            subjectType: "person",
            subjectId: personId,
            personId,
            detail: { fields: ["household"] },
            ...(change.purpose ? { purpose: change.purpose } : {}),
          })),
        );
        return readWith(tx, id);
      });
    },
  };
}
