// The list lives in src/common so the auditor screen can offer and translate every action.
export { auditActions, type TAuditAction } from "../../../common/platform/audit-actions.js";
