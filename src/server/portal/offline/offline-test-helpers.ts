import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { TPortalTopic } from "../../../common/portal/portal-content.js";
import { buildOrganisation, buildUser } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import type { TTestApp } from "../../testing/test-app.js";

export async function signInEditor(t: TTestApp, municipalUnitKey: string | null) {
  const organisation = await buildOrganisation(
    t.database.db,
    municipalUnitKey === null ? { kind: "district" } : { kind: "municipal_unit", municipalUnitKey },
  );
  const { user } = await buildUser(t.database.db, { role: "content_editor", organisation });
  return signInAs(t.database.db, user.id);
}

type TPageSeed = {
  ownerUnitKey: string | null;
  topic: TPortalTopic;
  texts: Record<string, { title: string; bodyHtml: string }>;
  isPublished?: boolean;
};

/** A page made through the staff API, German first, published unless told otherwise. */
export async function seedPage(t: TTestApp, cookies: Record<string, string>, seed: TPageSeed) {
  const slug = `seite-${randomUUID().slice(0, 8)}`;
  const created = await t.app.inject({
    method: "POST",
    url: "/api/portal/pages",
    cookies,
    payload: { ownerUnitKey: seed.ownerUnitKey, topic: seed.topic, slug },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  for (const [language, text] of Object.entries(seed.texts)) {
    const saved = await t.app.inject({
      method: "PUT",
      url: `/api/portal/pages/${id}/texts/${language}`,
      cookies,
      payload: { ...text, summary: "", textVersion: null },
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }
  if (seed.isPublished !== false) {
    const published = await t.app.inject({
      method: "POST",
      url: `/api/portal/pages/${id}/publish`,
      cookies,
      payload: { version: 1 },
    });
    expect(published.statusCode, published.body).toBe(200);
  }
  return { id, slug };
}
