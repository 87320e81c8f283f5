import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { TPersonMergeEntry, TPersonMergeResult } from "../../../common/arrival/merge-schemas.js";
import type { TPerson } from "../../../common/arrival/person-schemas.js";
import { recordAuditEvents } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { personAssignments, personMerges, persons } from "../arrival-tables.js";
import { normaliseName } from "../duplicates/name-normalisation.js";
import { personSearchKeys } from "../duplicates/person-search-keys.js";
import type { TPersonAccess } from "./person-access.js";
import { assertPartsMergeable, moveParts, restoreParts, type TPersonMergePart } from "./person-merge-parts.js";
import type { TMergeSnapshot } from "./person-merge-snapshot.js";
import { personRecordColumns, toPerson } from "./person-record.js";
import { replaceNamesAndLanguages, storedNames } from "./person-writes.js";

type TMergeRow = typeof personMerges.$inferSelect;

/** Facts the survivor takes from the merged record when it has none of its own. */
const fillableFields = [
  "birthYear",
  "birthMonth",
  "birthDay",
  "residenceCategory",
  "permitExpiresOn",
  "arrivedInGermanyOn",
  "arrivedInMunicipalityOn",
  "firstContactOn",
  "street",
  "postalCode",
  "phone",
  "email",
  "preferredChannel",
  "preferredLanguage",
] as const;

function snapshotOf(person: TPerson, row: typeof persons.$inferSelect): TMergeSnapshot {
  const { otherNames, languages, nationalities } = person;
  const picked = Object.fromEntries(fillableFields.map((field) => [field, person[field]]));
  return {
    row: {
      ...(picked as Pick<TMergeSnapshot["row"], (typeof fillableFields)[number]>),
      givenName: person.givenName,
      familyName: person.familyName,
      sex: person.sex,
      nationalities,
      householdId: person.householdId,
      householdRelation: person.householdRelation,
      givenKeys: row.givenKeys,
      familyKeys: row.familyKeys,
      familyNormalised: row.familyNormalised,
    },
    otherNames,
    languages,
  };
}

/** The survivor's further names with the merged record's names added, each spelling once. */
function combineNames(survivor: TPerson, merged: TPerson): TPerson["otherNames"] {
  const seen = new Set([`${normaliseName(survivor.givenName)}|${normaliseName(survivor.familyName)}|Latn`]);
  const mergedPassport = {
    kind: "alternative" as const,
    script: "Latn",
    givenName: merged.givenName,
    familyName: merged.familyName,
  };
  return [...survivor.otherNames, mergedPassport, ...merged.otherNames].filter((name) => {
    const key = `${normaliseName(name.givenName)}|${normaliseName(name.familyName)}|${name.script}`;
    if (seen.has(key) || name.kind === "passport") return false;
    seen.add(key);
    return true;
  });
}

function combineLanguages(survivor: TPerson, merged: TPerson): TPerson["languages"] {
  const known = new Set(survivor.languages.map((entry) => entry.language));
  return [...survivor.languages, ...merged.languages.filter((entry) => !known.has(entry.language))];
}

function toEntry(row: TMergeRow, survivorUpdatedAt: Date | undefined): TPersonMergeEntry {
  return {
    id: row.id,
    survivorId: row.survivorId,
    mergedId: row.mergedId,
    mergedAt: row.mergedAt.toISOString(),
    undoneAt: row.undoneAt?.toISOString() ?? null,
    canUndo: row.undoneAt === null && survivorUpdatedAt?.getTime() === row.survivorUpdatedAt.getTime(),
  };
}

/**
 * Merging two records of one person, through the person data access layer (both must be within the
 * actor's scope for update), with full history: the merged record stays, marked merged into the
 * survivor; what the merge changed is kept so it can be undone while the survivor is unchanged.
 */
export function createMergeAccess(db: TDb, access: TPersonAccess, parts: readonly TPersonMergePart[]) {
  async function lockedRecord(executor: TDbExecutor, id: string) {
    const [row] = await executor
      .select({ ...personRecordColumns(), updatedAtRaw: persons.updatedAt })
      .from(persons)
      .where(and(eq(persons.id, id), access.scopeFor("update")))
      .for("update", { of: persons });
    if (!row) throw new HttpProblem(404, "notFound");
    return { row, person: toPerson(row, ["read", "update"]) };
  }

  function auditBoth(
    executor: TDbExecutor,
    action: "person.merge" | "person.merge_undo",
    merge: TMergeRow,
    purpose: string | undefined,
  ) {
    return recordAuditEvents(
      executor,
      access.auditFor("update"),
      [merge.survivorId, merge.mergedId].map((personId) => ({
        action,
        subjectType: "person",
        subjectId: personId,
        personId,
        detail: { mergeId: merge.id, survivorId: merge.survivorId, mergedId: merge.mergedId },
        ...(purpose ? { purpose } : {}),
      })),
    );
  }

  return {
    async merge(survivorId: string, mergedId: string, purpose: string | undefined): Promise<TPersonMergeResult> {
      if (survivorId === mergedId) {
        throw new FieldRuleViolation([{ pointer: "/body/otherId", code: "merge_with_self" }]);
      }
      return db.transaction(async (tx) => {
        const survivor = await lockedRecord(tx, survivorId);
        const merged = await lockedRecord(tx, mergedId);
        if (survivor.person.status === "merged" || merged.person.status === "merged") {
          throw new FieldRuleViolation([{ pointer: "/body/otherId", code: "merge_of_merged" }]);
        }
        await assertPartsMergeable(tx, parts, survivorId, mergedId);
        const before = snapshotOf(survivor.person, survivor.row);
        const otherNames = combineNames(survivor.person, merged.person);
        const languages = combineLanguages(survivor.person, merged.person);
        const filled = Object.fromEntries(
          fillableFields.map((field) => [field, survivor.person[field] ?? merged.person[field]]),
        );
        const takesHousehold = survivor.person.householdId === null && merged.person.householdId !== null;
        await tx
          .update(persons)
          .set({
            ...filled,
            nationalities: [...new Set([...survivor.person.nationalities, ...merged.person.nationalities])],
            ...personSearchKeys([survivor.person, ...otherNames]),
            ...(takesHousehold
              ? { householdId: merged.person.householdId, householdRelation: merged.person.householdRelation }
              : {}),
            updatedAt: sql`now()`,
          })
          .where(eq(persons.id, survivorId));
        await replaceNamesAndLanguages(tx, survivorId, { otherNames: storedNames(otherNames), languages });
        const reassigned = await tx
          .update(personAssignments)
          .set({ personId: survivorId })
          .where(eq(personAssignments.personId, mergedId))
          .returning({ id: personAssignments.id });
        const movedParts = await moveParts(tx, parts, survivorId, mergedId);
        await tx
          .update(persons)
          .set({
            status: "merged",
            mergedInto: survivorId,
            ...(takesHousehold ? { householdId: null, householdRelation: null } : {}),
            updatedAt: sql`now()`,
          })
          .where(eq(persons.id, mergedId));
        const [after] = await tx
          .select({ updatedAt: persons.updatedAt })
          .from(persons)
          .where(eq(persons.id, survivorId));
        const [merge] = await tx
          .insert(personMerges)
          .values({
            survivorId,
            mergedId,
            survivorBefore: before,
            moved: {
              assignmentIds: reassigned.map((assignment) => assignment.id),
              parts: movedParts,
              mergedStatus: merged.person.status,
              mergedHousehold: {
                householdId: merged.person.householdId,
                householdRelation: merged.person.householdRelation,
              },
            },
            survivorUpdatedAt: after?.updatedAt ?? new Date(),
            mergedBy: access.auditFor("update").actorUserId,
          })
          .returning();
        if (!merge) throw new Error("merge not recorded");
        await auditBoth(tx, "person.merge", merge, purpose);
        const result = await lockedRecord(tx, survivorId);
        return { merge: toEntry(merge, after?.updatedAt), survivor: result.person };
      });
    },

    async undo(personId: string, mergeId: string, purpose: string | undefined): Promise<TPerson> {
      return db.transaction(async (tx) => {
        const [merge] = await tx
          .select()
          .from(personMerges)
          .where(and(eq(personMerges.id, mergeId), eq(personMerges.survivorId, personId)))
          .for("update");
        if (!merge) throw new HttpProblem(404, "notFound");
        if (merge.undoneAt !== null) throw new HttpProblem(409, "mergeAlreadyUndone");
        const survivor = await lockedRecord(tx, merge.survivorId);
        await lockedRecord(tx, merge.mergedId);
        if (survivor.row.updatedAtRaw.getTime() !== merge.survivorUpdatedAt.getTime()) {
          throw new HttpProblem(409, "mergeChangedSince");
        }
        const { row, otherNames, languages } = merge.survivorBefore;
        await tx
          .update(persons)
          .set({ ...row, updatedAt: sql`now()` })
          .where(eq(persons.id, merge.survivorId));
        await replaceNamesAndLanguages(tx, merge.survivorId, {
          otherNames: storedNames(otherNames),
          languages,
        });
        if (merge.moved.assignmentIds.length > 0) {
          await tx
            .update(personAssignments)
            .set({ personId: merge.mergedId })
            .where(inArray(personAssignments.id, merge.moved.assignmentIds));
        }
        await restoreParts(tx, parts, merge.moved.parts ?? {}, merge.mergedId);
        await tx
          .update(persons)
          .set({
            status: merge.moved.mergedStatus,
            mergedInto: null,
            ...merge.moved.mergedHousehold,
            updatedAt: sql`now()`,
          })
          .where(eq(persons.id, merge.mergedId));
        const [undone] = await tx
          .update(personMerges)
          .set({ undoneAt: sql`now()`, undoneBy: access.auditFor("update").actorUserId })
          .where(eq(personMerges.id, mergeId))
          .returning();
        await auditBoth(tx, "person.merge_undo", undone ?? merge, purpose);
        return (await lockedRecord(tx, merge.survivorId)).person;
      });
    },

    /** The merges the person took part in, newest first, as far as the actor may see the person. */
    list(personId: string): Promise<TPersonMergeEntry[]> {
      return db.transaction(async (tx) => {
        const [visible] = await tx
          .select({ updatedAt: persons.updatedAt })
          .from(persons)
          .where(and(eq(persons.id, personId), access.scopeFor("read")));
        if (!visible) throw new HttpProblem(404, "notFound");
        const rows = await tx
          .select()
          .from(personMerges)
          .where(or(eq(personMerges.survivorId, personId), eq(personMerges.mergedId, personId)))
          .orderBy(desc(personMerges.mergedAt), asc(personMerges.id));
        await access.recordRead(tx, personId, "merges");
        return rows.map((row) => toEntry(row, row.survivorId === personId ? visible.updatedAt : undefined));
      });
    },
  };
}
