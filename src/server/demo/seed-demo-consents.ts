import { sql } from "drizzle-orm";
import type { TDb } from "../platform/db/database.js";

/**
 * Consents as staff would have recorded them from signed forms in German: nine in ten persons
 * consented to counselling and to contact by their municipality, four in five to statistics; the
 * rest refused. Who decided what follows from the person's (deterministic) id, and so do the
 * consents' ids, so the same seed gives the same rows. Returns how many were written.
 */
export async function seedDemoConsents(db: TDb): Promise<number> {
  const result = await db.execute(sql`
    insert into consents (id, person_id, purpose, is_granted, privacy_notice_id, language, channel, given_at)
    select md5(p.id::text || decision.purpose)::uuid, p.id, decision.purpose,
      ('x' || substr(md5(p.id::text || decision.purpose), 1, 4))::bit(16)::int % 100 < decision.granted_percent,
      notice.id, notice.language, 'in_person', p.created_at
    from persons p
    cross join (values ('counselling', 90), ('municipality_contact', 90), ('statistics', 80)) as decision(purpose, granted_percent)
    cross join lateral (
      select id, language from privacy_notices where language = 'de' order by version desc limit 1
    ) as notice`);
  return result.rowCount ?? 0;
}
