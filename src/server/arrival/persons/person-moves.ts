import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { TPersonMove, TPersonMoveEntry, TResidenceHistory } from "../../../common/arrival/move-schemas.js";
import type { TFieldMessageCode } from "../../../common/platform/field-messages.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { municipalities } from "../../platform/reference/reference-tables.js";
import { personAssignments, personMoves, persons } from "../arrival-tables.js";
import type { TPersonAccess } from "./person-access.js";

type TMoveRow = typeof personMoves.$inferSelect;

function toEntry(row: TMoveRow): TPersonMoveEntry {
  return {
    id: row.id,
    kind: row.kind,
    movedOn: row.movedOn,
    fromMunicipalityAgs: row.fromMunicipalityAgs,
    fromSince: row.fromSince,
    toMunicipalityAgs: row.toMunicipalityAgs,
    reason: row.reason,
    note: row.note,
    recordedAt: row.recordedAt.toISOString(),
  };
}

/** Each move ends a period where the person lived; while they live in the district, the last one runs on. */
function toHistory(
  person: { municipalityAgs: string; arrivedInMunicipalityOn: string | null; status: string },
  rows: TMoveRow[],
): TResidenceHistory {
  const periods: TResidenceHistory["periods"] = rows.map((row) => ({
    municipalityAgs: row.fromMunicipalityAgs,
    since: row.fromSince,
    until: row.movedOn,
  }));
  if (person.status === "active") {
    periods.push({ municipalityAgs: person.municipalityAgs, since: person.arrivedInMunicipalityOn, until: null });
  }
  return { periods, moves: rows.map(toEntry) };
}

/**
 * Moves through the person data access layer. A move within the district hands the person over:
 * their municipality changes (so the receiving municipality's staff see them, with the handover
 * note), and open case assignments end when the municipal unit changes. A move out of the
 * district ends the registration (status moved_away) and every open assignment.
 */
export function createMovesAccess(db: TDb, access: TPersonAccess) {
  async function findInScope(executor: TDbExecutor, id: string, action: "read" | "update") {
    const query = executor
      .select({
        municipalityAgs: persons.municipalityAgs,
        arrivedInMunicipalityOn: persons.arrivedInMunicipalityOn,
        status: persons.status,
        unitKey: municipalities.municipalUnitKey,
      })
      .from(persons)
      .innerJoin(municipalities, eq(municipalities.ags, persons.municipalityAgs))
      .where(and(eq(persons.id, id), access.scopeFor(action)));
    const [row] = action === "update" ? await query.for("update", { of: persons }) : await query;
    if (!row) throw new HttpProblem(404, "notFound");
    return row;
  }

  async function unitOf(executor: TDbExecutor, ags: string): Promise<string | undefined> {
    const [row] = await executor
      .select({ unitKey: municipalities.municipalUnitKey })
      .from(municipalities)
      .where(eq(municipalities.ags, ags));
    return row?.unitKey;
  }

  function refuse(pointer: string, code: TFieldMessageCode): never {
    throw new FieldRuleViolation([{ pointer, code }]);
  }

  return {
    history(id: string): Promise<TResidenceHistory> {
      return db.transaction(async (tx) => {
        const person = await findInScope(tx, id, "read");
        const rows = await tx
          .select()
          .from(personMoves)
          .where(eq(personMoves.personId, id))
          .orderBy(asc(personMoves.movedOn), asc(personMoves.recordedAt));
        await access.recordRead(tx, id, "residence_history");
        return toHistory(person, rows);
      });
    },

    async move(id: string, move: TPersonMove): Promise<TPersonMoveEntry> {
      return db.transaction(async (tx) => {
        const person = await findInScope(tx, id, "update");
        if (person.status !== "active") refuse("/body/kind", "person_moved_away");
        if (person.arrivedInMunicipalityOn !== null && move.movedOn < person.arrivedInMunicipalityOn) {
          refuse("/body/movedOn", "move_before_arrival");
        }
        const isWithin = move.kind === "within_district";
        const targetUnit = isWithin ? await unitOf(tx, move.toMunicipalityAgs) : undefined;
        if (isWithin && targetUnit === undefined) refuse("/body/toMunicipalityAgs", "municipality_unknown");
        if (isWithin && move.toMunicipalityAgs === person.municipalityAgs) {
          refuse("/body/toMunicipalityAgs", "move_to_same_municipality");
        }
        const audit = access.auditFor("update");
        const [row] = await tx
          .insert(personMoves)
          .values({
            personId: id,
            kind: move.kind,
            movedOn: move.movedOn,
            fromMunicipalityAgs: person.municipalityAgs,
            fromSince: person.arrivedInMunicipalityOn,
            toMunicipalityAgs: isWithin ? move.toMunicipalityAgs : null,
            reason: isWithin ? null : move.reason,
            note: move.note,
            recordedBy: audit.actorUserId,
          })
          .returning();
        if (!row) throw new Error("move not recorded");
        await tx
          .update(persons)
          .set(
            isWithin
              ? {
                  municipalityAgs: move.toMunicipalityAgs,
                  arrivedInMunicipalityOn: move.movedOn,
                  updatedAt: sql`now()`,
                }
              : { status: "moved_away", updatedAt: sql`now()` },
          )
          .where(eq(persons.id, id));
        if (!isWithin || targetUnit !== person.unitKey) {
          await tx
            .update(personAssignments)
            .set({ endedAt: sql`now()` })
            .where(and(eq(personAssignments.personId, id), isNull(personAssignments.endedAt)));
        }
        await recordAuditEvent(tx, audit, {
          action: "person.move",
          subjectType: "person",
          subjectId: id,
          personId: id,
          detail: isWithin
            ? { kind: move.kind, from: person.municipalityAgs, to: move.toMunicipalityAgs }
            : { kind: move.kind, from: person.municipalityAgs, reason: move.reason },
          ...(move.purpose ? { purpose: move.purpose } : {}),
        });
        return toEntry(row);
      });
    },
  };
}
