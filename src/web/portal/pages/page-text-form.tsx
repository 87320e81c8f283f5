import { Alert, Button, Code, Group, Stack, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TPage, ZPageTextInput } from "../../../common/portal/page-schemas.js";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { ApiError } from "../../api/api-errors.js";
import { PageErrorSummary, PageFailure } from "./page-error-summary.js";
import {
  listPageFormMessages,
  noPageFormErrors,
  placePageIssues,
  placePageProblem,
  type TPageFormErrors,
} from "./page-form-errors.js";
import { useSavePageText } from "./page-queries.js";
import {
  emptyPageText,
  PageTextFields,
  pageTextFields,
  type TPageTextField,
  type TPageTextValues,
  usePageTextLabels,
} from "./page-text-fields.js";

type TPageTextFormProps = {
  page: TPage;
  language: TContentLanguage;
  /** After a version conflict: read the page again (the form starts over from it). */
  onReload: () => void;
};

/**
 * Saves the page's text in one language as a new version, at the text version read. A translation
 * names the German version it was made from. After saving, the form shows the text as the server
 * kept it (sanitised) and the HTML stored.
 */
export function PageTextForm({ page, language, onReload }: TPageTextFormProps) {
  const { t } = useTranslation();
  const save = useSavePageText();
  const fieldLabels = usePageTextLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const saved = page.texts.find((text) => text.language === language);
  const german = page.texts.find((text) => text.language === "de");
  const [values, setValues] = useState<TPageTextValues>(() =>
    saved ? { title: saved.title, summary: saved.summary, bodyHtml: saved.bodyHtml } : emptyPageText,
  );
  const [errors, setErrors] = useState<TPageFormErrors<TPageTextField>>(noPageFormErrors);
  const [failure, setFailure] = useState<unknown>(null);
  const [isSaved, setIsSaved] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [editorGeneration, setEditorGeneration] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-messages]')?.focus();
  }, [focusRequest]);

  function showErrors(placed: TPageFormErrors<TPageTextField>) {
    setErrors(placed);
    setFocusRequest((count) => count + 1);
  }

  async function send() {
    setFailure(null);
    setErrors(noPageFormErrors);
    setIsSaved(false);
    const parsed = ZPageTextInput.safeParse(
      {
        ...values,
        textVersion: saved?.textVersion ?? null,
        ...(language === "de" || german === undefined ? {} : { sourceVersion: german.textVersion }),
      },
      { reportInput: true },
    );
    if (!parsed.success) {
      showErrors(placePageIssues(parsed.error.issues, pageTextFields, t));
      return;
    }
    try {
      const answered = await save.mutateAsync({ id: page.id, language, text: parsed.data });
      const kept = answered.texts.find((text) => text.language === language);
      if (kept) setValues({ title: kept.title, summary: kept.summary, bodyHtml: kept.bodyHtml });
      setEditorGeneration((generation) => generation + 1);
      setIsSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422)
        showErrors(placePageProblem(error.problem, pageTextFields));
      else setFailure(error);
    }
  }

  return (
    <form
      noValidate
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Stack gap="md">
        <PageFailure error={failure} onReload={onReload} />
        <PageErrorSummary messages={listPageFormMessages(errors, fieldLabels)} />
        <PageTextFields
          language={language}
          values={values}
          editorKey={editorGeneration}
          errors={errors.fieldErrors}
          onChange={(next, field) => {
            setValues(next);
            setIsSaved(false);
            setErrors((current) => ({ ...current, fieldErrors: { ...current.fieldErrors, [field]: undefined } }));
          }}
          mediaOwner={page.ownerUnitKey ?? "district"}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("portal.pages.text.save")}
          </Button>
        </Group>
        <div role="status">
          {isSaved && saved ? (
            <Alert color="green" title={t("portal.pages.text.saved", { version: saved.textVersion })}>
              <Text size="sm">{t("portal.pages.text.savedHtml")}</Text>
              <Code block mt="xs">
                {saved.bodyHtml}
              </Code>
            </Alert>
          ) : null}
        </div>
      </Stack>
    </form>
  );
}
