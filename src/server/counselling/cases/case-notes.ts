import { and, desc, eq, or, type SQL, sql } from "drizzle-orm";
import type { TCaseNote, TCaseNoteInput } from "../../../common/counselling/note-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import { users } from "../../platform/auth/auth-tables.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { fieldsOfAction } from "../../platform/reference/reference-tables.js";
import { actingUserId, auditFor, grantsFor, type TCaseContext } from "./case-context.js";
import { assertPersonVisible, buildCaseVisibleCondition, findCaseForChange } from "./case-lookup.js";
import { caseNotePolicy } from "./case-policy.js";
import { counsellingCaseNotes, counsellingCases } from "./case-tables.js";

/**
 * ACCESS.md "Inside a visible record": a confidential note is its author's alone. Every query that
 * reads notes carries this condition; nothing else (exports, aggregates, the timeline) reads their text.
 */
export function buildNoteVisibleCondition(userId: string | null): SQL {
  if (userId === null) return sql`${counsellingCaseNotes.isConfidential} = false`;
  return (
    or(eq(counsellingCaseNotes.isConfidential, false), eq(counsellingCaseNotes.authorUserId, userId)) ?? sql`false`
  );
}

/**
 * Case notes, append-only: a note is never edited or deleted, a correction is a new note. Listed
 * newest first, over all the person's cases in the actor's care.
 */
export function createCaseNoteAccess(context: TCaseContext) {
  const { db } = context;
  const userId = actingUserId(context);

  async function list(personId: string): Promise<TCaseNote[]> {
    return db.transaction(async (tx) => {
      await assertPersonVisible(tx, context, personId);
      const rows = await tx
        .select({ note: counsellingCaseNotes, authorName: users.displayName })
        .from(counsellingCaseNotes)
        .innerJoin(counsellingCases, eq(counsellingCases.id, counsellingCaseNotes.caseId))
        .innerJoin(persons, eq(persons.id, counsellingCases.personId))
        .leftJoin(users, eq(users.id, counsellingCaseNotes.authorUserId))
        .where(
          and(
            eq(counsellingCases.personId, personId),
            buildCaseVisibleCondition(context, grantsFor(context, caseNotePolicy, "list")),
            buildNoteVisibleCondition(userId),
          ),
        )
        .orderBy(desc(counsellingCaseNotes.createdAt), desc(counsellingCaseNotes.id));
      await recordAuditEvent(tx, auditFor(context, caseNotePolicy, "list"), {
        action: "counselling_note.list",
        subjectType: "person",
        subjectId: personId,
        personId,
        detail: { count: rows.length },
      });
      return rows.map(({ note, authorName }) => ({
        id: note.id,
        text: note.text,
        fieldOfAction: note.fieldOfAction,
        isConfidential: note.isConfidential,
        authorName,
        isOwn: note.authorUserId === userId,
        createdAt: note.createdAt.toISOString(),
      }));
    });
  }

  async function create(personId: string, input: TCaseNoteInput): Promise<TCaseNote> {
    if (userId === null) throw new HttpProblem(403, "forbidden");
    return db.transaction(async (tx) => {
      const row = await findCaseForChange(tx, context, personId, grantsFor(context, caseNotePolicy, "create"));
      if (input.fieldOfAction !== null) {
        const [known] = await tx
          .select({ code: fieldsOfAction.code })
          .from(fieldsOfAction)
          .where(eq(fieldsOfAction.code, input.fieldOfAction));
        if (!known) throw new FieldRuleViolation([{ pointer: "/body/fieldOfAction", code: "field_of_action_unknown" }]);
      }
      const [note] = await tx
        .insert(counsellingCaseNotes)
        .values({
          caseId: row.id,
          authorUserId: userId,
          text: input.text,
          fieldOfAction: input.fieldOfAction,
          isConfidential: input.isConfidential,
        })
        .returning();
      if (!note) throw new Error("note not written");
      await recordAuditEvent(tx, auditFor(context, caseNotePolicy, "create"), {
        action: "counselling_note.create",
        subjectType: "counselling_note",
        subjectId: note.id,
        personId,
        detail: { caseId: row.id, isConfidential: note.isConfidential, fieldOfAction: note.fieldOfAction },
      });
      const [author] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
      return {
        id: note.id,
        text: note.text,
        fieldOfAction: note.fieldOfAction,
        isConfidential: note.isConfidential,
        authorName: author?.name ?? null,
        isOwn: true,
        createdAt: note.createdAt.toISOString(),
      };
    });
  }

  return { list, create };
}
