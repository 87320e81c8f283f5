import type { TPage } from "../../../common/portal/page-schemas.js";
import type { TPageMetadataValues } from "./page-metadata-fields.js";

export function toPageMetadataValues(page: TPage): TPageMetadataValues {
  return { topic: page.topic, slug: page.slug, parentId: page.parentId, position: page.position };
}

/** The values as the shared schemas take them; a cleared position is left to the schema's rule. */
export function toPageMetadataInput(values: TPageMetadataValues) {
  return {
    topic: values.topic ?? undefined,
    slug: values.slug,
    parentId: values.parentId,
    position: values.position === "" ? undefined : Number(values.position),
  };
}
