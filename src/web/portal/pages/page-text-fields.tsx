import { Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { directionOf, type TContentLanguage } from "../../../common/portal/portal-content.js";
import { PageMediaControl } from "./page-media-control.js";
import { PageRichText } from "./page-rich-text.js";

export const pageTextFields = ["title", "summary", "bodyHtml"] as const;
export type TPageTextField = (typeof pageTextFields)[number];
export type TPageTextValues = Record<TPageTextField, string>;

export const emptyPageText: TPageTextValues = { title: "", summary: "", bodyHtml: "" };

export function usePageTextLabels(): Record<TPageTextField, string> {
  const { t } = useTranslation();
  return {
    title: t("portal.pages.fields.title"),
    summary: t("portal.pages.fields.summary"),
    bodyHtml: t("portal.pages.fields.body"),
  };
}

type TPageTextFieldsProps = {
  language: TContentLanguage;
  values: TPageTextValues;
  /** A new key starts the body's editor over from values.bodyHtml (it keeps its own state otherwise). */
  editorKey: number;
  errors: Partial<Record<TPageTextField, string>>;
  onChange: (values: TPageTextValues, field: TPageTextField) => void;
  /** Whose media library the editor's image control offers: "district" or a unit key. */
  mediaOwner: string;
};

/** A page's text in one language: title, short summary and the body as rich text, in the language's direction. */
export function PageTextFields({ language, values, editorKey, errors, onChange, mediaOwner }: TPageTextFieldsProps) {
  const { t } = useTranslation();
  const labels = usePageTextLabels();
  const direction = directionOf(language);
  const change = (field: TPageTextField, value: string) => onChange({ ...values, [field]: value }, field);
  return (
    <Stack gap="sm">
      <TextInput
        label={labels.title}
        required
        value={values.title}
        onChange={(event) => change("title", event.currentTarget.value)}
        error={errors.title}
        lang={language}
        dir={direction}
      />
      <Textarea
        label={labels.summary}
        description={t("portal.pages.fields.summaryHint")}
        value={values.summary}
        onChange={(event) => change("summary", event.currentTarget.value)}
        error={errors.summary}
        autosize
        minRows={2}
        lang={language}
        dir={direction}
      />
      <PageRichText
        key={editorKey}
        label={labels.bodyHtml}
        initialHtml={values.bodyHtml}
        onChange={(html) => change("bodyHtml", html)}
        language={language}
        error={errors.bodyHtml}
        description={t("portal.pages.fields.bodyHint")}
        extraControls={<PageMediaControl owner={mediaOwner} />}
      />
    </Stack>
  );
}
