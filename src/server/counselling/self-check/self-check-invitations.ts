import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { TPortalLanguage } from "../../../common/arrival/self-registration.js";
import {
  selfCheckLifetimeDays,
  type TSelfCheckInvitation,
  type TSelfCheckInvitationCreated,
  type TSelfCheckInvitationList,
  type TSelfCheckState,
} from "../../../common/counselling/self-check-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import type { TPersonAccess } from "../../arrival/persons/person-access.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../platform/auth/actor-types.js";
import { hashToken } from "../../platform/auth/session-service.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { assessments } from "../assessments/assessment-tables.js";
import { currentQuestionnaire } from "../questionnaires/questionnaire-registry.js";
import { selfCheckPath } from "./self-check-paths.js";
import { selfCheckInvitations } from "./self-check-tables.js";

type TRow = typeof selfCheckInvitations.$inferSelect;

export function selfCheckStateOf(row: TRow, now = new Date()): TSelfCheckState {
  if (row.submittedAt) return "submitted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "open";
}

function toInvitation(row: TRow): TSelfCheckInvitation {
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    language: row.language,
    state: selfCheckStateOf(row),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
  };
}

/**
 * Staff's side of the self-check, through the person data access layer: inviting starts a
 * self-check assessment (the one in progress for the person) and issues its link; the token is
 * returned once and only its hash kept. Listing and withdrawing are scoped and audited.
 */
export function createSelfCheckInvitations(db: TDb, access: TPersonAccess, actor: TAuthenticatedActor) {
  return {
    invite(personId: string, language: TPortalLanguage): Promise<TSelfCheckInvitationCreated> {
      const registered = currentQuestionnaire("first-interview");
      if (!registered) throw new Error("the first interview is not registered");
      return db.transaction(async (tx) => {
        await access.assertInScope(tx, personId, "update", true);
        const [inProgress] = await tx
          .select({ id: assessments.id })
          .from(assessments)
          .where(
            and(
              eq(assessments.personId, personId),
              eq(assessments.questionnaireKey, registered.definition.key),
              eq(assessments.status, "in_progress"),
            ),
          );
        if (inProgress) throw new HttpProblem(409, "assessmentInProgress");
        const [assessment] = await tx
          .insert(assessments)
          .values({
            personId,
            questionnaireKey: registered.definition.key,
            questionnaireVersion: registered.definition.version,
            source: "self_check",
            currentSectionId: registered.definition.sections[0]?.id ?? null,
            startedBy: actor.kind === "user" ? actor.userId : null,
          })
          .returning({ id: assessments.id });
        if (!assessment) throw new Error("assessment insert returned no row");
        const token = randomBytes(32).toString("base64url");
        const [row] = await tx
          .insert(selfCheckInvitations)
          .values({
            personId,
            assessmentId: assessment.id,
            tokenHash: hashToken(token),
            language,
            expiresAt: sql`now() + make_interval(days => ${selfCheckLifetimeDays})`,
            createdBy: actor.kind === "user" ? actor.userId : null,
          })
          .returning();
        if (!row) throw new Error("invitation insert returned no row");
        await recordAuditEvent(tx, access.auditFor("update"), {
          action: "self_check.invite",
          subjectType: "self_check_invitation",
          subjectId: row.id,
          personId,
          purpose: "counselling",
          detail: { language, assessmentId: assessment.id },
        });
        return { ...toInvitation(row), path: selfCheckPath(language, token) };
      });
    },

    list(personId: string): Promise<TSelfCheckInvitationList> {
      return db.transaction(async (tx) => {
        await access.assertInScope(tx, personId, "read");
        const rows = await tx
          .select()
          .from(selfCheckInvitations)
          .where(eq(selfCheckInvitations.personId, personId))
          .orderBy(desc(selfCheckInvitations.createdAt));
        await access.recordRead(tx, personId, "self_checks");
        return { items: rows.map(toInvitation) };
      });
    },

    /** Withdraws an open link at once; its answers so far stay with the assessment. */
    revoke(invitationId: string): Promise<void> {
      return db.transaction(async (tx) => {
        const [found] = await tx
          .select({ row: selfCheckInvitations })
          .from(selfCheckInvitations)
          .innerJoin(persons, eq(persons.id, selfCheckInvitations.personId))
          .where(and(eq(selfCheckInvitations.id, invitationId), access.scopeFor("update")))
          .for("update", { of: selfCheckInvitations });
        if (!found) throw new HttpProblem(404, "notFound");
        if (selfCheckStateOf(found.row) !== "open") throw new HttpProblem(409, "selfCheckNotOpen");
        await tx
          .update(selfCheckInvitations)
          .set({ revokedAt: new Date() })
          .where(and(eq(selfCheckInvitations.id, invitationId), isNull(selfCheckInvitations.revokedAt)));
        await recordAuditEvent(tx, access.auditFor("update"), {
          action: "self_check.revoke",
          subjectType: "self_check_invitation",
          subjectId: invitationId,
          personId: found.row.personId,
          purpose: "counselling",
        });
      });
    },
  };
}
