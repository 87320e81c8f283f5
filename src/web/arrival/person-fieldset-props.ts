import type { TPersonFormValues } from "./person-form-values.js";

/**
 * Changes one field of the registration form. The field's messages go away with the change: only
 * `clearedError` when given (one input of a list row), else the field's and all below it.
 */
export type TChangeField = <TKey extends keyof TPersonFormValues>(
  field: TKey,
  value: TPersonFormValues[TKey],
  clearedError?: string,
) => void;

/** What every section of the registration form gets. */
export type TFieldsetProps = {
  values: TPersonFormValues;
  errors: Partial<Record<string, string>>;
  onChange: TChangeField;
};

/** A client-side key for a new list row (React needs stable keys while rows are added and removed). */
export function createRowId(): string {
  return crypto.randomUUID();
}
