import { asc, desc, eq } from "drizzle-orm";
import type { TPrivacyNotice, TPrivacyNoticeSummary } from "../../../common/arrival/consent-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { privacyNotices } from "./consent-tables.js";

const summaryColumns = {
  id: privacyNotices.id,
  version: privacyNotices.version,
  language: privacyNotices.language,
  title: privacyNotices.title,
  publishedOn: privacyNotices.publishedOn,
};

/** The newest version in each language: what a person is shown today. Versions are dates, so they sort. */
export function listCurrentPrivacyNotices(executor: TDbExecutor): Promise<TPrivacyNoticeSummary[]> {
  return executor
    .selectDistinctOn([privacyNotices.language], summaryColumns)
    .from(privacyNotices)
    .orderBy(asc(privacyNotices.language), desc(privacyNotices.version));
}

/** Any version, also an old one, for the consents given under it. */
export async function findPrivacyNotice(executor: TDbExecutor, id: string): Promise<TPrivacyNotice> {
  const [notice] = await executor
    .select({ ...summaryColumns, body: privacyNotices.body })
    .from(privacyNotices)
    .where(eq(privacyNotices.id, id));
  if (!notice) throw new HttpProblem(404, "notFound");
  return notice;
}
