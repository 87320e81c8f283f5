import { allow, definePolicy } from "../../platform/access/policy.js";

/**
 * Arrival list imports (docs/arrival-import.md). Caseworkers import; an import is the uploader's own
 * work ("self": anyone else's is not found), and which rows may become persons is decided by the
 * uploader's person scope for "create", row by row. Imports hold person data: denial is 404.
 */
export const arrivalImportPolicy = definePolicy({
  resource: "arrival_import",
  actions: ["create", "read", "commit", "discard"],
  whenDenied: "not_found",
  rules: [allow("caseworker").to("create", "read", "commit", "discard").within("self")],
});
