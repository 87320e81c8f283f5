import { describe, expect, it } from "vitest";
import { buildAuditExportUrl, buildAuditSearch, readAuditQuery } from "./audit-queries.js";

const personId = "6f1c2b9e-3d4a-4f5b-8c7d-9e0f1a2b3c4d";

describe("the auditor screen's address", () => {
  it("reads filters, page and order from the address, with defaults", () => {
    expect(readAuditQuery(new URLSearchParams(`personId=${personId}&page=3&sort=oldest`))).toEqual({
      personId,
      page: 3,
      pageSize: 50,
      sort: "oldest",
    });
  });

  it("falls back to the unfiltered first page when the address was tampered with", () => {
    expect(readAuditQuery(new URLSearchParams("personId=not-an-id"))).toEqual({
      page: 1,
      pageSize: 50,
      sort: "newest",
    });
  });

  it("writes only what differs from the defaults", () => {
    expect(buildAuditSearch({ action: "session.login", page: 1, sort: "newest", pageSize: 50 }).toString()).toBe(
      "action=session.login",
    );
    expect(buildAuditSearch({ from: "2024-03-01", page: 2, sort: "oldest" }).toString()).toBe(
      "from=2024-03-01&page=2&sort=oldest",
    );
  });

  it("builds the export link with the filters and the UI language", () => {
    expect(buildAuditExportUrl({ userEmail: "a@b.de" }, "newest", "en")).toBe(
      "/api/audit-events/export.csv?userEmail=a%40b.de&language=en",
    );
  });
});
