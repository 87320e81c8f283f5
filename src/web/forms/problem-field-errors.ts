import type { TProblem } from "../../common/platform/problem.js";

export type TFieldErrors<TField extends string> = Partial<Record<TField, string>>;

export type TProblemFieldErrors<TField extends string> = {
  /** Messages for fields the form shows, to render next to each field. */
  fieldErrors: TFieldErrors<TField>;
  /** Field problems the form cannot place (unknown keys, other request parts), shown above the form. */
  otherMessages: string[];
};

function decodePointerSegment(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** "/body/address/street" → "address.street" for part "body"; undefined for another part or the part itself. */
export function toFieldPath(pointer: string, part: string): string | undefined {
  const [empty, pointerPart, ...segments] = pointer.split("/");
  if (empty !== "" || pointerPart !== part || segments.length === 0) return undefined;
  return segments.map(decodePointerSegment).join(".");
}

/**
 * Places the field-level problems of an RFC 9457 answer on the form's fields. Several problems on
 * one field are joined, so none is lost.
 */
export function toProblemFieldErrors<TField extends string>(
  problem: TProblem | undefined,
  fields: readonly TField[],
  part = "body",
): TProblemFieldErrors<TField> {
  const fieldErrors: TFieldErrors<TField> = {};
  const otherMessages: string[] = [];
  for (const error of problem?.errors ?? []) {
    const path = toFieldPath(error.pointer, part);
    const field = fields.find((candidate) => candidate === path);
    if (field === undefined) {
      otherMessages.push(error.detail);
      continue;
    }
    const previous = fieldErrors[field];
    fieldErrors[field] = previous === undefined ? error.detail : `${previous} ${error.detail}`;
  }
  return { fieldErrors, otherMessages };
}

export function hasFieldErrors<TField extends string>(errors: TFieldErrors<TField>): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}
