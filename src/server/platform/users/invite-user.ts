import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { ZInvitation } from "../../../common/platform/user-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import { users } from "../auth/auth-tables.js";
import { issueSingleUseToken, tokenLifetimeMinutes } from "../auth/single-use-tokens.js";
import type { TDb, TDbExecutor } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import { buildInvitationMail, buildMembershipAddedMail, toMailLocale } from "../mail/mail-templates.js";
import type { TMail, TMailer } from "../mail/mailer.js";
import { addMembership } from "./change-memberships.js";
import { assertMembershipManageable } from "./membership-rules.js";

type TInvitationInput = z.output<typeof ZInvitation>;

type TLinks = { invitation: (token: string) => string; login: string };

async function findInviterName(db: TDbExecutor, actor: TAuthenticatedActor): Promise<string> {
  if (actor.kind !== "user") return "KommMit";
  const [inviter] = await db.select({ displayName: users.displayName }).from(users).where(eq(users.id, actor.userId));
  return inviter?.displayName ?? "KommMit";
}

/**
 * Invites a person into an organisation with a role. A new address becomes a user who cannot log
 * in until they accept (status "invited") and gets a single-use link; an address still invited gets
 * a fresh link (the old one stops working); an existing account gets the membership and, if
 * active, a notice. The inviter's answer is the same in every case.
 */
export async function inviteUser(
  db: TDb,
  actor: TAuthenticatedActor,
  audit: TAuditContext,
  mailer: TMailer,
  input: TInvitationInput,
  links: TLinks,
): Promise<void> {
  mailer.assertAvailable();
  const organisation = await assertMembershipManageable(db, actor, input, "invite");
  const inviterName = await findInviterName(db, actor);
  const mail = await db.transaction(async (tx): Promise<TMail | undefined> => {
    const [existing] = await tx
      .select({
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        locale: users.locale,
        isActive: users.isActive,
        invitedAt: users.invitedAt,
      })
      .from(users)
      .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
    const user =
      existing ??
      (await tx
        .insert(users)
        .values({
          email: input.email,
          displayName: input.displayName,
          locale: input.locale,
          isActive: false,
          invitedAt: new Date(),
        })
        .returning({
          id: users.id,
          email: users.email,
          displayName: users.displayName,
          locale: users.locale,
          isActive: users.isActive,
          invitedAt: users.invitedAt,
        })
        .then((rows) => rows[0]));
    if (!user) throw new Error("invited user not created");
    const isNewMembership = await addMembership(tx, audit, {
      userId: user.id,
      organisationId: input.organisationId,
      role: input.role,
    });
    const isPending = !user.isActive && user.invitedAt !== null;
    await recordAuditEvent(tx, audit, {
      action: "user.invite",
      subjectType: "user",
      subjectId: user.id,
      detail: {
        organisationId: input.organisationId,
        role: input.role,
        outcome: existing ? (isPending ? "reinvited" : "existing_account") : "new_account",
      },
    });
    const locale = toMailLocale(user.locale);
    const common = {
      locale,
      displayName: user.displayName,
      inviterName,
      organisationName: organisation.name,
      role: input.role,
    };
    if (isPending) {
      const token = await issueSingleUseToken(tx, {
        purpose: "invitation",
        userId: user.id,
        createdBy: actor.kind === "user" ? actor.userId : null,
      });
      const content = buildInvitationMail({
        ...common,
        link: links.invitation(token),
        days: tokenLifetimeMinutes.invitation / (24 * 60),
      });
      return { to: user.email, ...content };
    }
    if (!user.isActive || !isNewMembership) return undefined;
    return { to: user.email, ...buildMembershipAddedMail({ ...common, link: links.login }) };
  });
  if (!mail) return;
  try {
    await mailer.send(mail);
  } catch (error) {
    // The invitation is committed; inviting the same address again sends a fresh link.
    const problem = new HttpProblem(502, "mailDeliveryFailed");
    problem.cause = error;
    throw problem;
  }
}
