import { and, eq, sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { TPasswordResetCompletion } from "../../../common/platform/password-schemas.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import type { TDb } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import type { TApiLanguage } from "../http/request-language.js";
import { buildPasswordResetMail, toMailLocale } from "../mail/mail-templates.js";
import type { TMailer } from "../mail/mailer.js";
import { users } from "./auth-tables.js";
import { endAllSessions } from "./end-all-sessions.js";
import { hashPassword } from "./password.js";
import { assertPasswordAcceptable } from "./password-policy.js";
import {
  consumeSingleUseToken,
  findTokenUser,
  issueSingleUseToken,
  retireSingleUseTokens,
  tokenLifetimeMinutes,
} from "./single-use-tokens.js";

type TResetRequest = {
  email: string;
  ipAddress: string;
  buildLink: (token: string) => string;
  mailer: TMailer;
  logger: FastifyBaseLogger;
};

/**
 * Starts a password reset. Whatever the address, the caller answers the same 202, and both paths
 * write one audit event, so neither the answer nor its timing tells whether an account exists. Only
 * an active account gets a token and a mail; the mail goes out after the answer (a failure is
 * logged, never shown).
 */
export async function requestPasswordReset(db: TDb, request: TResetRequest): Promise<void> {
  request.mailer.assertAvailable();
  const audit = { actorUserId: null, actorTokenId: null, organisationIds: [], ipAddress: request.ipAddress };
  const mail = await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, displayName: users.displayName, locale: users.locale })
      .from(users)
      .where(and(eq(sql`lower(${users.email})`, request.email.toLowerCase()), eq(users.isActive, true)));
    await recordAuditEvent(tx, audit, {
      action: "password_reset.request",
      ...(user ? { subjectType: "user", subjectId: user.id } : {}),
      detail: { isKnownAccount: user !== undefined },
    });
    if (!user) return undefined;
    const token = await issueSingleUseToken(tx, { purpose: "password_reset", userId: user.id, createdBy: null });
    const content = buildPasswordResetMail({
      locale: toMailLocale(user.locale),
      displayName: user.displayName,
      link: request.buildLink(token),
      minutes: tokenLifetimeMinutes.password_reset,
    });
    return { to: user.email, ...content };
  });
  if (!mail) return;
  void request.mailer.send(mail).catch((error: unknown) => {
    request.logger.error({ err: error }, "password reset mail could not be sent");
  });
}

async function findResetUser(db: TDb, token: string) {
  const userId = await findTokenUser(db, "password_reset", token);
  const [user] = userId
    ? await db
        .select({ id: users.id, email: users.email, displayName: users.displayName })
        .from(users)
        .where(and(eq(users.id, userId), eq(users.isActive, true)))
    : [];
  if (!user) throw new HttpProblem(404, "tokenInvalid");
  return user;
}

/** Whether a reset link still works (for the form); its account's address, for password managers. */
export async function checkPasswordResetToken(db: TDb, token: string): Promise<{ email: string }> {
  const user = await findResetUser(db, token);
  return { email: user.email };
}

/**
 * Sets the new password, spends the link and ends every session of the account (whoever knew the
 * old password is logged out everywhere), all in one transaction, audited.
 */
export async function completePasswordReset(
  db: TDb,
  token: string,
  input: TPasswordResetCompletion,
  client: { ipAddress: string; language: TApiLanguage },
): Promise<void> {
  const user = await findResetUser(db, token);
  assertPasswordAcceptable(input.password, user, client.language);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const userId = await consumeSingleUseToken(tx, "password_reset", token);
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await retireSingleUseTokens(tx, userId, "password_reset");
    const endedSessions = await endAllSessions(tx, userId);
    await recordAuditEvent(
      tx,
      { actorUserId: userId, actorTokenId: null, organisationIds: [], ipAddress: client.ipAddress },
      { action: "password_reset.complete", subjectType: "user", subjectId: userId, detail: { endedSessions } },
    );
  });
}
