import { NumberInput, Select, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TPageList } from "../../../common/portal/page-schemas.js";
import { portalTopics, type TPortalTopic } from "../../../common/portal/portal-content.js";
import { usePageLabels } from "./page-labels.js";

export const pageMetadataFields = ["topic", "slug", "parentId", "position"] as const;
export type TPageMetadataField = (typeof pageMetadataFields)[number];

export type TPageMetadataValues = {
  topic: TPortalTopic | null;
  slug: string;
  parentId: string | null;
  position: number | string;
};

export const emptyPageMetadata: TPageMetadataValues = { topic: null, slug: "", parentId: null, position: 0 };

export function usePageMetadataLabels(): Record<TPageMetadataField, string> {
  const { t } = useTranslation();
  return {
    topic: t("portal.pages.fields.topic"),
    slug: t("portal.pages.fields.slug"),
    parentId: t("portal.pages.fields.parent"),
    position: t("portal.pages.fields.position"),
  };
}

type TPageMetadataFieldsProps = {
  values: TPageMetadataValues;
  errors: Partial<Record<TPageMetadataField, string>>;
  onChange: (values: TPageMetadataValues, field: TPageMetadataField) => void;
  /** The owner's pages, to choose the parent from (the page itself left out). */
  pages: TPageList["items"];
};

/** Where the page stands: topic, address (slug), parent page and position among its siblings. */
export function PageMetadataFields({ values, errors, onChange, pages }: TPageMetadataFieldsProps) {
  const { t } = useTranslation();
  const labels = usePageLabels();
  const fieldLabels = usePageMetadataLabels();
  const change = <TField extends TPageMetadataField>(field: TField, value: TPageMetadataValues[TField]) =>
    onChange({ ...values, [field]: value }, field);
  return (
    <Stack gap="sm" maw={640}>
      <Select
        label={fieldLabels.topic}
        required
        data={portalTopics.map((topic) => ({ value: topic, label: labels.topics[topic] }))}
        value={values.topic}
        onChange={(value) => change("topic", portalTopics.find((topic) => topic === value) ?? null)}
        error={errors.topic}
        allowDeselect={false}
      />
      <TextInput
        label={fieldLabels.slug}
        required
        description={t("portal.pages.fields.slugHint")}
        value={values.slug}
        onChange={(event) => change("slug", event.currentTarget.value)}
        error={errors.slug}
        spellCheck={false}
        autoCapitalize="none"
      />
      <Select
        label={fieldLabels.parentId}
        description={t("portal.pages.fields.parentHint")}
        data={pages.map((page) => ({ value: page.id, label: page.germanTitle ?? page.slug }))}
        value={values.parentId}
        onChange={(value) => change("parentId", value)}
        error={errors.parentId}
        placeholder={t("portal.pages.fields.noParent")}
        clearable
        searchable
      />
      <NumberInput
        label={fieldLabels.position}
        description={t("portal.pages.fields.positionHint")}
        value={values.position}
        onChange={(value) => change("position", value)}
        error={errors.position}
        min={0}
        max={1000}
        allowDecimal={false}
        maw={200}
      />
    </Stack>
  );
}
