import { Button, Group, NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { auditActions } from "../../../common/platform/audit-actions.js";
import {
  auditSortOrders,
  type TAuditEventFilters,
  type TAuditSortOrder,
  ZAuditEventFilters,
} from "../../../common/platform/audit-schemas.js";
import type { TFieldErrors } from "../../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../../forms/validation-messages.js";
import { describeAuditAction } from "./audit-action-labels.js";

const formFields = ["person", "user", "organisation", "from", "to", "action"] as const;
type TFormField = (typeof formFields)[number];
type TFormValues = Record<TFormField, string> & { sort: TAuditSortOrder };

/** Which form field each filter comes from, to put the schema's messages at the right field. */
const fieldOfFilter: Record<keyof TAuditEventFilters, TFormField> = {
  personId: "person",
  userId: "user",
  userEmail: "user",
  organisationId: "organisation",
  from: "from",
  to: "to",
  action: "action",
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toFormValues(filters: TAuditEventFilters, sort: TAuditSortOrder): TFormValues {
  return {
    person: filters.personId ?? "",
    user: filters.userId ?? filters.userEmail ?? "",
    organisation: filters.organisationId ?? "",
    from: filters.from ?? "",
    to: filters.to ?? "",
    action: filters.action ?? "",
    sort,
  };
}

/** The user field takes an id or an e-mail address; anything else is checked as an address. */
function toFilters(values: TFormValues): Record<keyof TAuditEventFilters, string | undefined> {
  const blankToUndefined = (value: string) => (value.trim() === "" ? undefined : value.trim());
  const user = blankToUndefined(values.user);
  const isUserId = user !== undefined && uuidPattern.test(user);
  return {
    personId: blankToUndefined(values.person),
    userId: isUserId ? user : undefined,
    userEmail: isUserId ? undefined : user,
    organisationId: blankToUndefined(values.organisation),
    from: blankToUndefined(values.from),
    to: blankToUndefined(values.to),
    action: blankToUndefined(values.action),
  };
}

type TAuditFilterFormProps = {
  filters: TAuditEventFilters;
  sort: TAuditSortOrder;
  onApply: (filters: TAuditEventFilters, sort: TAuditSortOrder) => void;
};

/** The auditor's filters, checked with the API's own schema before they are applied. */
export function AuditFilterForm({ filters, sort, onApply }: TAuditFilterFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => toFormValues(filters, sort));
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors<TFormField>>({});

  function updateField(field: TFormField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  }

  function updateSort(value: string) {
    const sortOrder = auditSortOrders.find((order) => order === value) ?? "newest";
    setValues((current) => ({ ...current, sort: sortOrder }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZAuditEventFilters.safeParse(toFilters(values), { reportInput: true });
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({
        ...issue,
        path: [fieldOfFilter[issue.path[0] as keyof TAuditEventFilters]],
      }));
      const errors = toIssueFieldErrors(issues, formFields, t);
      setFieldErrors(errors);
      const firstInvalid = formFields.find((field) => errors[field] !== undefined);
      if (firstInvalid) document.getElementsByName(firstInvalid)[0]?.focus();
      return;
    }
    setFieldErrors({});
    onApply(parsed.data, values.sort);
  }

  function reset() {
    setValues(toFormValues({}, "newest"));
    setFieldErrors({});
    onApply({}, "newest");
  }

  const input = (field: "person" | "user" | "organisation", label: string, description?: string) => (
    <TextInput
      name={field}
      label={label}
      description={description}
      spellCheck={false}
      value={values[field]}
      error={fieldErrors[field]}
      onChange={(event) => updateField(field, event.currentTarget.value)}
    />
  );

  return (
    <form noValidate onSubmit={submit} aria-label={t("audit.filters.label")}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        {input("person", t("audit.filters.person"))}
        {input("user", t("audit.filters.user"))}
        {input("organisation", t("audit.filters.organisation"), t("audit.filters.organisationDescription"))}
        <TextInput
          type="date"
          name="from"
          label={t("audit.filters.from")}
          value={values.from}
          error={fieldErrors.from}
          onChange={(event) => updateField("from", event.currentTarget.value)}
        />
        <TextInput
          type="date"
          name="to"
          label={t("audit.filters.to")}
          value={values.to}
          error={fieldErrors.to}
          onChange={(event) => updateField("to", event.currentTarget.value)}
        />
        <NativeSelect
          name="action"
          label={t("audit.filters.action")}
          value={values.action}
          error={fieldErrors.action}
          onChange={(event) => updateField("action", event.currentTarget.value)}
          data={[
            { value: "", label: t("audit.filters.anyAction") },
            ...auditActions.map((action) => ({ value: action, label: describeAuditAction(action, t) })),
          ]}
        />
        <NativeSelect
          name="sort"
          label={t("audit.filters.sort")}
          value={values.sort}
          onChange={(event) => updateSort(event.currentTarget.value)}
          data={auditSortOrders.map((order) => ({
            value: order,
            label: order === "newest" ? t("audit.filters.newest") : t("audit.filters.oldest"),
          }))}
        />
      </SimpleGrid>
      <Group mt="md" gap="sm">
        <Button type="submit">{t("audit.filters.apply")}</Button>
        <Button type="button" variant="default" onClick={reset}>
          {t("audit.filters.reset")}
        </Button>
      </Group>
    </form>
  );
}
