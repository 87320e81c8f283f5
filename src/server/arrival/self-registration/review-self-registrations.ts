import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
import type {
  TSelfRegistration,
  TSelfRegistrationDetail,
  TSelfRegistrationList,
  TSelfRegistrationListQuery,
} from "../../../common/arrival/self-registration-schemas.js";
import { recordAuditEvent, recordAuditEvents, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { privacyNotices } from "../consent/consent-tables.js";
import type { TPersonAccess } from "../persons/person-access.js";
import { auditContextFor, buildSelfRegistrationScope } from "./self-registration-scope.js";
import { selfRegistrations } from "./self-registration-tables.js";

type TReviewOptions = { db: TDb; actor: TAuthenticatedActor; audit: TAuditContext; personAccess: TPersonAccess };

type TRow = typeof selfRegistrations.$inferSelect & { privacyNoticeVersion: string };

export function toSelfRegistration(row: TRow): TSelfRegistration {
  return {
    id: row.id,
    status: row.status,
    municipalityAgs: row.municipalityAgs,
    givenName: row.givenName,
    familyName: row.familyName,
    birthYear: row.birthYear,
    birthMonth: row.birthMonth,
    birthDay: row.birthDay,
    sex: row.sex,
    nationalities: row.nationalities,
    languages: row.languages,
    arrivedInMunicipalityOn: row.arrivedInMunicipalityOn,
    phone: row.phone,
    email: row.email,
    emailConfirmation: row.emailConfirmation,
    emailConfirmedAt: row.emailConfirmedAt?.toISOString() ?? null,
    preferredLanguage: row.preferredLanguage,
    portalLanguage: row.portalLanguage,
    privacyNoticeId: row.privacyNoticeId,
    privacyNoticeVersion: row.privacyNoticeVersion,
    consents: row.consentDecisions,
    submittedAt: row.submittedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    rejectReason: row.rejectReason,
    personId: row.personId,
  };
}

/**
 * Staff's view of self-registrations: only those for municipalities of the actor's area (in SQL),
 * pending first and the longest waiting at the top; every registration shown is audited in the
 * same transaction. A registration outside the area is "not found".
 */
export function createSelfRegistrationReview({ db, actor, audit, personAccess }: TReviewOptions) {
  return {
    async list(query: TSelfRegistrationListQuery): Promise<TSelfRegistrationList> {
      const filters = and(
        buildSelfRegistrationScope(actor, "list"),
        query.status ? eq(selfRegistrations.status, query.status) : undefined,
        query.municipalityAgs ? eq(selfRegistrations.municipalityAgs, query.municipalityAgs) : undefined,
      );
      return db.transaction(async (tx) => {
        const rows = await tx
          .select({
            id: selfRegistrations.id,
            status: selfRegistrations.status,
            municipalityAgs: selfRegistrations.municipalityAgs,
            givenName: selfRegistrations.givenName,
            familyName: selfRegistrations.familyName,
            birthYear: selfRegistrations.birthYear,
            emailConfirmation: selfRegistrations.emailConfirmation,
            portalLanguage: selfRegistrations.portalLanguage,
            submittedAt: selfRegistrations.submittedAt,
            total: sql<number>`count(*) over ()`.mapWith(Number),
          })
          .from(selfRegistrations)
          .where(filters)
          .orderBy(
            sql`${selfRegistrations.status} = 'pending' desc`,
            asc(selfRegistrations.submittedAt),
            asc(selfRegistrations.id),
          )
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize);
        await recordAuditEvents(
          tx,
          auditContextFor(actor, audit, "list"),
          rows.map((row) => ({
            action: "self_registration.list",
            subjectType: "self_registration",
            subjectId: row.id,
          })),
        );
        const [counted] =
          rows.length > 0
            ? []
            : await tx
                .select({ total: sql<number>`count(*)`.mapWith(Number) })
                .from(selfRegistrations)
                .where(filters);
        return {
          items: rows.map(({ total: _total, submittedAt, ...item }) => ({
            ...item,
            submittedAt: submittedAt.toISOString(),
          })),
          total: rows[0]?.total ?? counted?.total ?? 0,
          page: query.page,
          pageSize: query.pageSize,
        };
      });
    },

    /** One registration and the existing persons it likely is (each candidate shown audited by the person layer). */
    async read(id: string): Promise<TSelfRegistrationDetail> {
      const registration = await db.transaction(async (tx) => {
        const [row] = await tx
          .select({ ...getTableColumns(selfRegistrations), privacyNoticeVersion: privacyNotices.version })
          .from(selfRegistrations)
          .innerJoin(privacyNotices, eq(privacyNotices.id, selfRegistrations.privacyNoticeId))
          .where(and(eq(selfRegistrations.id, id), buildSelfRegistrationScope(actor, "read")));
        if (!row) throw new HttpProblem(404, "notFound");
        await recordAuditEvent(tx, auditContextFor(actor, audit, "read"), {
          action: "self_registration.read",
          subjectType: "self_registration",
          subjectId: id,
        });
        return toSelfRegistration(row);
      });
      const { candidates } = await personAccess.duplicateCandidates({
        givenName: registration.givenName,
        familyName: registration.familyName,
        ...(registration.birthYear ? { birthYear: registration.birthYear } : {}),
        ...(registration.birthMonth ? { birthMonth: registration.birthMonth } : {}),
        ...(registration.birthDay ? { birthDay: registration.birthDay } : {}),
        ...(registration.sex !== "not_stated" ? { sex: registration.sex } : {}),
      });
      return { registration, candidates };
    },
  };
}
