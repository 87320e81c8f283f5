import { randomBytes } from "node:crypto";
import { and, count, eq, gt, sql } from "drizzle-orm";
import type { TPortalLanguage } from "../../../common/arrival/self-registration.js";
import type { TSelfRegistrationRequest } from "../../../common/arrival/self-registration-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import { hashToken } from "../../platform/auth/session-service.js";
import type { TDb } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import type { TMailer } from "../../platform/mail/mailer.js";
import { municipalities } from "../../platform/reference/reference-tables.js";
import { privacyNotices } from "../consent/consent-tables.js";
import type { TFormTokens } from "./form-token.js";
import { buildEmailConfirmationMail } from "./self-registration-mail.js";
import { selfRegistrations } from "./self-registration-tables.js";

/**
 * Newcomers act anonymously; their client address stays out of the audit trail as it stays out of
 * the registration (only a keyed hash is kept there, for the hourly limit).
 */
const newcomerAudit: TAuditContext = { actorUserId: null, actorTokenId: null, organisationIds: [], ipAddress: null };

/** How long the mailed confirmation link works: a newcomer may not read mail every day. */
export const emailLinkHours = 72;

export type TRefusalReason = "honeypot" | "forged" | "too_fast" | "expired" | "replayed";

/** A form the abuse protection turned away; the portal shows a friendly text per reason, the API a 422. */
export class SelfRegistrationRefusal extends HttpProblem {
  constructor(readonly reason: TRefusalReason) {
    super(422, "formRefused");
  }
}

export type TSubmissionDeps = { db: TDb; mailer: TMailer; formTokens: TFormTokens; hourlyLimit: number };

type TSubmissionContext = {
  ipAddress: string;
  buildConfirmationLink: (language: TPortalLanguage, token: string) => string;
  logger: { error(object: object, message: string): void };
};

/**
 * Takes a self-registration: the honeypot and the form token first (nothing is looked up for a
 * bot), then the hourly limit per client address and the references, then one insert. The
 * confirmation mail goes out after the commit; a registration without a confirmed address still
 * reaches staff, with the address marked unconfirmed.
 */
export async function submitSelfRegistration(
  { db, mailer, formTokens, hourlyLimit }: TSubmissionDeps,
  input: TSelfRegistrationRequest,
  context: TSubmissionContext,
): Promise<{ id: string; emailConfirmation: "not_needed" | "pending" }> {
  if (input.website !== "") throw new SelfRegistrationRefusal("honeypot");
  const token = formTokens.check(input.formToken);
  if (!token.isValid) throw new SelfRegistrationRefusal(token.reason);
  if (input.email) mailer.assertAvailable();
  const addressHash = formTokens.hashAddress(context.ipAddress);
  const emailToken = input.email ? randomBytes(32).toString("base64url") : undefined;

  const id = await db.transaction(async (tx) => {
    // One registration per address at a time, so parallel posts cannot all pass the count below.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`self_registration:${addressHash}`}))`);
    const [recent] = await tx
      .select({ total: count() })
      .from(selfRegistrations)
      .where(
        and(
          eq(selfRegistrations.clientAddressHash, addressHash),
          gt(selfRegistrations.submittedAt, sql`now() - interval '1 hour'`),
        ),
      );
    if ((recent?.total ?? 0) >= hourlyLimit) {
      throw new HttpProblem(429, "tooManyRequests", { headers: { "retry-after": "3600" } });
    }
    const [references] = await tx
      .select({
        isMunicipalityKnown: sql<boolean>`exists (select 1 from ${municipalities} where ${municipalities.ags} = ${input.municipalityAgs})`,
        isNoticeKnown: sql<boolean>`exists (select 1 from ${privacyNotices} where ${privacyNotices.id} = ${input.privacyNoticeId})`,
      })
      .from(sql`(select 1) as probe`);
    if (!references?.isNoticeKnown) throw new SelfRegistrationRefusal("forged");
    if (!references.isMunicipalityKnown) {
      throw new FieldRuleViolation([{ pointer: "/body/municipalityAgs", code: "municipality_unknown" }]);
    }
    const [created] = await tx
      .insert(selfRegistrations)
      .values({
        municipalityAgs: input.municipalityAgs,
        givenName: input.givenName,
        familyName: input.familyName,
        birthYear: input.birthYear,
        birthMonth: input.birthMonth,
        birthDay: input.birthDay,
        sex: input.sex,
        nationalities: input.nationalities,
        languages: input.languages,
        arrivedInMunicipalityOn: input.arrivedInMunicipalityOn,
        phone: input.phone,
        email: input.email,
        preferredLanguage: input.preferredLanguage,
        portalLanguage: input.language,
        privacyNoticeId: input.privacyNoticeId,
        consentDecisions: input.consents,
        emailConfirmation: emailToken ? "pending" : "not_needed",
        emailTokenHash: emailToken ? hashToken(emailToken) : null,
        emailTokenExpiresAt: emailToken ? sql`now() + make_interval(hours => ${emailLinkHours})` : null,
        clientAddressHash: addressHash,
        formNonce: token.nonce,
      })
      .onConflictDoNothing({ target: selfRegistrations.formNonce })
      .returning({ id: selfRegistrations.id });
    if (!created) throw new SelfRegistrationRefusal("replayed");
    await recordAuditEvent(tx, newcomerAudit, {
      action: "self_registration.submit",
      subjectType: "self_registration",
      subjectId: created.id,
      detail: { language: input.language, hasEmail: input.email !== null },
    });
    return created.id;
  });

  if (input.email && emailToken) {
    const link = context.buildConfirmationLink(input.language, emailToken);
    try {
      await mailer.send({ to: input.email, ...buildEmailConfirmationMail(input.language, link, emailLinkHours) });
    } catch (error) {
      // The registration stands without a confirmed address; staff see it unconfirmed.
      context.logger.error({ err: error, selfRegistrationId: id }, "self-registration confirmation mail failed");
    }
  }
  return { id, emailConfirmation: emailToken ? "pending" : "not_needed" };
}

/**
 * Uses a mailed confirmation link: one conditional update, so the link works once and not after
 * it expired. Answers whether it confirmed an address.
 */
export async function confirmSelfRegistrationEmail(db: TDb, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const confirmed = await tx
      .update(selfRegistrations)
      .set({
        emailConfirmation: "confirmed",
        emailConfirmedAt: sql`now()`,
        emailTokenHash: null,
        emailTokenExpiresAt: null,
      })
      .where(
        and(
          eq(selfRegistrations.emailTokenHash, hashToken(token)),
          gt(selfRegistrations.emailTokenExpiresAt, sql`now()`),
        ),
      )
      .returning({ id: selfRegistrations.id });
    for (const { id } of confirmed) {
      await recordAuditEvent(tx, newcomerAudit, {
        action: "self_registration.email_confirm",
        subjectType: "self_registration",
        subjectId: id,
      });
    }
    return confirmed.length > 0;
  });
}
