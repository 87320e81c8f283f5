import { inArray } from "drizzle-orm";
import type { TOfferContent } from "../../../common/offers/offer-content-schemas.js";
import type { TFieldMessageCode } from "../../../common/platform/field-messages.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation } from "../../platform/http/problems.js";
import {
  courseTypes,
  fieldsOfAction,
  municipalities,
  residenceCategories,
} from "../../platform/reference/reference-tables.js";

/** The list itself when empty would make "in ()": a code no table holds stands in. */
const orNone = (codes: string[]) => (codes.length > 0 ? codes : [""]);

/**
 * The codes of an offer that live in the database (fields of action, course type, residence
 * categories, municipality) checked against it; each unknown one is a field problem at its field.
 */
export async function assertOfferReferences(executor: TDbExecutor, content: TOfferContent): Promise<void> {
  const [fields, courses, categories, places] = await Promise.all([
    executor
      .select({ code: fieldsOfAction.code })
      .from(fieldsOfAction)
      .where(inArray(fieldsOfAction.code, orNone(content.fieldsOfAction))),
    executor
      .select({ code: courseTypes.code })
      .from(courseTypes)
      .where(inArray(courseTypes.code, orNone(content.courseType ? [content.courseType] : []))),
    executor
      .select({ code: residenceCategories.code })
      .from(residenceCategories)
      .where(inArray(residenceCategories.code, orNone(content.residenceCategories))),
    executor
      .select({ code: municipalities.ags })
      .from(municipalities)
      .where(inArray(municipalities.ags, orNone(content.municipalityAgs ? [content.municipalityAgs] : []))),
  ]);
  const known = (rows: { code: string }[]) => new Set(rows.map((row) => row.code));
  const knownFields = known(fields);
  const knownCategories = known(categories);
  const violations: { pointer: string; code: TFieldMessageCode }[] = [];
  content.fieldsOfAction.forEach((code, index) => {
    if (!knownFields.has(code))
      violations.push({ pointer: `/body/fieldsOfAction/${index}`, code: "field_of_action_unknown" });
  });
  if (content.courseType && courses.length === 0) {
    violations.push({ pointer: "/body/courseType", code: "course_type_unknown" });
  }
  content.residenceCategories.forEach((code, index) => {
    if (!knownCategories.has(code)) {
      violations.push({ pointer: `/body/residenceCategories/${index}`, code: "residence_category_unknown" });
    }
  });
  if (content.municipalityAgs && places.length === 0) {
    violations.push({ pointer: "/body/municipalityAgs", code: "municipality_unknown" });
  }
  if (violations.length > 0) throw new FieldRuleViolation(violations);
}
