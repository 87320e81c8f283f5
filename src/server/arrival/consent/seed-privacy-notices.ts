import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { and, eq, sql } from "drizzle-orm";
import type { TDb } from "../../platform/db/database.js";
import { privacyNotices } from "./consent-tables.js";

const noticesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "privacy-notices");

export type TPrivacyNoticeFile = { version: string; language: string; title: string; body: string };

/**
 * The privacy notices kept in the repository: one folder per version, named by its publication day
 * (`2026-12-01/`), one Markdown file per language (`de.md`), whose first line `# …` is the title.
 */
export function readPrivacyNoticeFiles(dir = noticesDir): TPrivacyNoticeFile[] {
  const files: TPrivacyNoticeFile[] = [];
  for (const version of fs.readdirSync(dir).sort()) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(version)) throw new Error(`privacy notice folder ${version} is not a date`);
    for (const file of fs.readdirSync(path.join(dir, version)).sort()) {
      const match = /^([a-z]{2,3}(?:-x-[a-z]+)?)\.md$/.exec(file);
      if (!match?.[1]) throw new Error(`privacy notice ${version}/${file} is not named <language>.md`);
      const text = fs.readFileSync(path.join(dir, version, file), "utf8").trim();
      const [firstLine = "", ...rest] = text.split("\n");
      if (!firstLine.startsWith("# ")) throw new Error(`privacy notice ${version}/${file} must start with "# title"`);
      files.push({ version, language: match[1], title: firstLine.slice(2).trim(), body: rest.join("\n").trim() });
    }
  }
  return files;
}

/**
 * Loads the notices at every start. A notice may still be corrected while nobody has consented
 * (or self-registered) under it; after that its text is fixed, and a changed file stops the start (a new version is due).
 */
export async function seedPrivacyNotices(db: TDb, files = readPrivacyNoticeFiles()): Promise<number> {
  await db.transaction(async (tx) => {
    for (const file of files) {
      const [stored] = await tx
        .select({
          id: privacyNotices.id,
          title: privacyNotices.title,
          body: privacyNotices.body,
          // A pending self-registration was given under the notice too, before any consent row exists.
          isUsed: sql<boolean>`(exists (select 1 from consents where consents.privacy_notice_id = privacy_notices.id)
            or exists (select 1 from self_registrations where self_registrations.privacy_notice_id = privacy_notices.id))`,
        })
        .from(privacyNotices)
        .where(and(eq(privacyNotices.version, file.version), eq(privacyNotices.language, file.language)));
      if (!stored) {
        await tx.insert(privacyNotices).values({ ...file, publishedOn: file.version });
      } else if (stored.title !== file.title || stored.body !== file.body) {
        if (stored.isUsed) {
          throw new Error(
            `privacy notice ${file.version}/${file.language}.md changed after consents were given under it; put the new text in a new version folder`,
          );
        }
        await tx
          .update(privacyNotices)
          .set({ title: file.title, body: file.body })
          .where(eq(privacyNotices.id, stored.id));
      }
    }
  });
  return files.length;
}
