/** Every table of every module, for drizzle (queries) and drizzle-kit (migrations). */
export * from "./arrival/arrival-tables.js";
export * from "./offers/offer-tables.js";
export * from "./platform/audit/audit-tables.js";
export * from "./platform/auth/api-tokens/api-token-tables.js";
export * from "./platform/auth/auth-tables.js";
export * from "./platform/auth/oidc/oidc-tables.js";
export * from "./platform/auth/second-factor/second-factor-tables.js";
export * from "./platform/auth/single-use-token-tables.js";
export * from "./platform/auth/throttle/throttle-tables.js";
export * from "./platform/organisations/organisation-tables.js";
export * from "./platform/reference/reference-tables.js";
