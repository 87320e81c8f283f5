import { and, arrayContains, asc, desc, eq, gte, ilike, lte, or, type SQL, sql } from "drizzle-orm";
import type { TDuplicateCandidates, TDuplicateQuery } from "../../../common/arrival/duplicate-schemas.js";
import type { TPersonInputParsed, TPersonPatch } from "../../../common/arrival/person-input-schemas.js";
import type {
  TPerson,
  TPersonList,
  TPersonListQuery,
  TPersonRecordAction,
} from "../../../common/arrival/person-schemas.js";
import { findGrants } from "../../platform/access/grants.js";
import {
  buildAuditInsertForRows,
  recordAuditEvent,
  recordAuditEvents,
  type TAuditContext,
} from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { personLanguages, persons } from "../arrival-tables.js";
import { findDuplicateCandidates } from "../duplicates/find-duplicate-candidates.js";
import { personPolicy, type TPersonAction } from "./person-policy.js";
import { personRecordColumns, toPerson } from "./person-record.js";
import { buildPersonScopeCondition, type TPersonScopeContribution } from "./person-scope.js";
import {
  applyPersonPatch,
  assertPersonReferences,
  insertPersonRecord,
  listChangedFields,
  updatePersonRecord,
} from "./person-writes.js";

export type TPersonAccessOptions = {
  db: TDb;
  actor: TAuthenticatedActor;
  audit: TAuditContext;
  contributions: readonly TPersonScopeContribution[];
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

const sortColumns = {
  familyName: [asc(persons.familyName), asc(persons.givenName), asc(persons.id)],
  "-familyName": [desc(persons.familyName), desc(persons.givenName), asc(persons.id)],
  createdAt: [asc(persons.createdAt), asc(persons.id)],
  "-createdAt": [desc(persons.createdAt), asc(persons.id)],
} as const;

/**
 * The one way to person records (ACCESS.md). Built per request for the actor: every query carries
 * the actor's scope for the action in SQL, a record outside it is "not found", every read and
 * write lands in the audit trail in the same transaction, and each record says which actions the
 * actor may take on it. Other modules' person-related tables join persons and add `scopeFor()`.
 */
export function createPersonAccess({ db, actor, audit, contributions }: TPersonAccessOptions) {
  const scopeFor = (action: TPersonAction): SQL =>
    buildPersonScopeCondition(actor, findGrants(actor, personPolicy, action), contributions, action);

  const auditFor = (action: TPersonAction): TAuditContext => {
    const organisationIds = findGrants(actor, personPolicy, action).map((grant) => grant.membership.organisationId);
    return { ...audit, organisationIds: [...new Set(organisationIds)] };
  };

  /** Per record, whether the actor's scope for each record action reaches it (named, so CTEs can carry them). */
  const allowedActionColumns = () => ({
    canRead: sql<boolean>`(${scopeFor("read")})`.as("can_read"),
    canUpdate: sql<boolean>`(${scopeFor("update")})`.as("can_update"),
  });

  function toAllowedActions(row: { canRead: boolean; canUpdate: boolean }): TPersonRecordAction[] {
    const actions: TPersonRecordAction[] = [];
    if (row.canRead) actions.push("read");
    if (row.canUpdate) actions.push("update");
    return actions;
  }

  const recordColumns = () => ({ ...personRecordColumns(), ...allowedActionColumns() });

  async function findOne(executor: TDbExecutor, id: string, action: TPersonAction, isLocked: boolean) {
    const query = executor
      .select(recordColumns())
      .from(persons)
      .where(and(eq(persons.id, id), scopeFor(action)));
    const [row] = isLocked ? await query.for("update", { of: persons }) : await query;
    if (!row) throw new HttpProblem(404, "notFound");
    return row;
  }

  const toRecord = (row: Awaited<ReturnType<typeof findOne>>): TPerson => toPerson(row, toAllowedActions(row));

  /**
   * Registers a person within the executor's transaction. The new record must fall within the
   * actor's scope for "create": checked in SQL after the insert, so a person outside it is never written.
   */
  async function createWithin(tx: TDbExecutor, input: TPersonInputParsed): Promise<TPerson> {
    await assertPersonReferences(tx, input);
    const id = await insertPersonRecord(tx, input);
    const [inScope] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.id, id), scopeFor("create")));
    if (!inScope) {
      throw new FieldRuleViolation([{ pointer: "/body/municipalityAgs", code: "municipality_outside_area" }]);
    }
    await recordAuditEvent(tx, auditFor("create"), {
      action: "person.create",
      subjectType: "person",
      subjectId: id,
      personId: id,
      detail: { fields: filledFields(input) },
      ...(input.purpose ? { purpose: input.purpose } : {}),
    });
    return toRecord(await findOne(tx, id, "read", false));
  }

  return {
    scopeFor,
    auditFor,

    /**
     * A person within the actor's scope for the action, else 404 — for services next to this layer
     * that read or change a part of the person's data; locks the row for a change when asked.
     */
    async assertInScope(executor: TDbExecutor, personId: string, action: TPersonAction, isLocked = false) {
      const query = executor
        .select({ id: persons.id })
        .from(persons)
        .where(and(eq(persons.id, personId), scopeFor(action)));
      const [row] = isLocked ? await query.for("update", { of: persons }) : await query;
      if (!row) throw new HttpProblem(404, "notFound");
    },

    /**
     * Records the read of a part of a person's record that a service next to this layer serves
     * (household, residence history, merges), in the caller's transaction, after its scoped query.
     */
    recordRead(executor: TDbExecutor, personId: string, part: string): Promise<void> {
      return recordAuditEvent(executor, auditFor("read"), {
        action: "person.read",
        subjectType: "person",
        subjectId: personId,
        personId,
        detail: { part },
      });
    },

    async list(query: TPersonListQuery): Promise<TPersonList> {
      const pattern = query.search ? `%${escapeLike(query.search)}%` : undefined;
      const filters = and(
        scopeFor("list"),
        pattern ? or(ilike(persons.givenName, pattern), ilike(persons.familyName, pattern)) : undefined,
        query.municipalityAgs ? eq(persons.municipalityAgs, query.municipalityAgs) : undefined,
        query.arrivedFrom ? gte(arrivalDate, query.arrivedFrom) : undefined,
        query.arrivedUntil ? lte(arrivalDate, query.arrivedUntil) : undefined,
        query.nationality ? arrayContains(persons.nationalities, [query.nationality]) : undefined,
        query.language ? speaks(query.language) : undefined,
        query.status ? eq(persons.status, query.status) : undefined,
      );
      return db.transaction(async (tx) => {
        const rows = await tx
          .select({
            id: persons.id,
            givenName: persons.givenName,
            familyName: persons.familyName,
            birthYear: persons.birthYear,
            municipalityAgs: persons.municipalityAgs,
            nationalities: persons.nationalities,
            status: persons.status,
            arrivedOn,
            total: sql<number>`count(*) over ()`.mapWith(Number),
            ...allowedActionColumns(),
          })
          .from(persons)
          .where(filters)
          .orderBy(...sortColumns[query.sort])
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize);
        await recordAuditEvents(
          tx,
          auditFor("list"),
          rows.map((row) => ({ action: "person.list", subjectType: "person", subjectId: row.id, personId: row.id })),
        );
        return {
          items: rows.map(({ total: _total, canRead, canUpdate, ...summary }) => ({
            ...summary,
            allowedActions: toAllowedActions({ canRead, canUpdate }),
          })),
          total: rows[0]?.total ?? (await countVisible(tx, filters)),
          page: query.page,
          pageSize: query.pageSize,
        };
      });
    },

    /** Likely existing records of a name, within the list scope; each candidate shown is audited as listed. */
    async duplicateCandidates(query: TDuplicateQuery): Promise<TDuplicateCandidates> {
      return db.transaction(async (tx) => {
        const result = await findDuplicateCandidates(tx, query, scopeFor("list"));
        await recordAuditEvents(
          tx,
          auditFor("list"),
          result.candidates.map((candidate) => ({
            action: "person.list",
            subjectType: "person",
            subjectId: candidate.id,
            personId: candidate.id,
            detail: { search: "duplicate_candidates" },
          })),
        );
        return result;
      });
    },

    /**
     * One statement: the scoped select and its audit event (a data-modifying CTE), so a read costs
     * one round trip and the event exists exactly when the record was returned.
     */
    async read(id: string, purpose: string | undefined): Promise<TPerson> {
      const visible = db.$with("visible").as(
        db
          .select(recordColumns())
          .from(persons)
          .where(and(eq(persons.id, id), scopeFor("read"))),
      );
      const logged = db
        .$with("logged", {})
        .as(
          buildAuditInsertForRows(
            auditFor("read"),
            { action: "person.read", subjectType: "person", purpose },
            { rows: sql`${visible}`, personId: sql`${visible}."id"` },
          ),
        );
      const [row] = await db.with(visible, logged).select().from(visible);
      if (!row) throw new HttpProblem(404, "notFound");
      return toRecord(row);
    },

    /**
     * Registers a person. The new record must fall within the actor's scope for "create" (their
     * municipalities, or the district): checked in SQL after the insert, inside the transaction,
     * so a person outside it is never written.
     */
    create(input: TPersonInputParsed): Promise<TPerson> {
      return db.transaction((tx) => createWithin(tx, input));
    },

    /** The same registration inside the caller's transaction (a confirmed self-registration writes more with it). */
    createWithin,

    /**
     * Corrects a record: the patch is merged into the stored record and the whole is checked again.
     * The person must stay within the actor's scope (moving them elsewhere is a handover, not a correction).
     */
    async update(id: string, patch: TPersonPatch): Promise<TPerson> {
      const { purpose, ...fields } = patch;
      return db.transaction(async (tx) => {
        const current = toRecord(await findOne(tx, id, "update", true));
        const record = applyPersonPatch(current, fields);
        await assertPersonReferences(tx, record);
        await updatePersonRecord(tx, id, record, fields);
        const [stillInScope] = await tx
          .select({ id: persons.id })
          .from(persons)
          .where(and(eq(persons.id, id), scopeFor("update")));
        if (!stillInScope) {
          throw new FieldRuleViolation([{ pointer: "/body/municipalityAgs", code: "municipality_outside_area" }]);
        }
        await recordAuditEvent(tx, auditFor("update"), {
          action: "person.update",
          subjectType: "person",
          subjectId: id,
          personId: id,
          detail: { fields: listChangedFields(current, record, Object.keys(fields)) },
          ...(purpose ? { purpose } : {}),
        });
        return toRecord(await findOne(tx, id, "read", false));
      });
    },
  };
}

/** When the person arrived where they live: in the municipality, else in Germany. */
const arrivalDate = sql<string | null>`coalesce(${persons.arrivedInMunicipalityOn}, ${persons.arrivedInGermanyOn})`;
const arrivedOn = arrivalDate.as("arrived_on");

function speaks(language: string): SQL {
  return sql`exists (select 1 from ${personLanguages} where ${personLanguages.personId} = ${persons.id}
    and ${personLanguages.language} = ${language})`;
}

/** Names of the fields that carry a value (the audit records which, never what). */
function filledFields(input: TPersonInputParsed): string[] {
  return Object.entries(input)
    .filter(([key, value]) => key !== "purpose" && value !== null && value !== undefined && !isEmptyList(value))
    .map(([key]) => key)
    .sort();
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

/** A page past the end has no rows to carry the window count; count separately then. */
async function countVisible(executor: TDbExecutor, filters: SQL | undefined): Promise<number> {
  const [row] = await executor
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(persons)
    .where(filters);
  return row?.count ?? 0;
}

export type TPersonAccess = ReturnType<typeof createPersonAccess>;
