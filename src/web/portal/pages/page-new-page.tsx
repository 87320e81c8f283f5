import { Anchor, Button, Fieldset, Group, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ZPageInput, ZPageTextInput } from "../../../common/portal/page-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { PageHeader } from "../../ui/page-header.js";
import { PageErrorSummary, PageFailure } from "./page-error-summary.js";
import {
  listPageFormMessages,
  noPageFormErrors,
  placePageIssues,
  placePageProblem,
  type TPageFormErrors,
} from "./page-form-errors.js";
import {
  emptyPageMetadata,
  PageMetadataFields,
  pageMetadataFields,
  type TPageMetadataField,
  type TPageMetadataValues,
  usePageMetadataLabels,
} from "./page-metadata-fields.js";
import { toPageMetadataInput } from "./page-metadata-values.js";
import { pageListQuery, useCreatePage, useSavePageText } from "./page-queries.js";
import {
  emptyPageText,
  PageTextFields,
  pageTextFields,
  type TPageTextField,
  type TPageTextValues,
  usePageTextLabels,
} from "./page-text-fields.js";

type TField = TPageMetadataField | TPageTextField;
const fields: readonly TField[] = [...pageMetadataFields, ...pageTextFields];

/** A new page (a draft) of the chosen owner with its German text: both checked before anything is sent. */
export function PageNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const owner = searchParams.get("owner") ?? "district";
  const ownerUnitKey = owner === "district" ? null : owner;
  const siblings = useQuery(pageListQuery(owner));
  const create = useCreatePage();
  const saveText = useSavePageText();
  const formRef = useRef<HTMLFormElement>(null);
  const labels = { ...usePageMetadataLabels(), ...usePageTextLabels() };
  const [metadata, setMetadata] = useState<TPageMetadataValues>(emptyPageMetadata);
  const [text, setText] = useState<TPageTextValues>(emptyPageText);
  const [errors, setErrors] = useState<TPageFormErrors<TField>>(noPageFormErrors);
  const [failure, setFailure] = useState<unknown>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-messages]')?.focus();
  }, [focusRequest]);

  function showErrors(placed: TPageFormErrors<TField>) {
    setErrors(placed);
    setFocusRequest((count) => count + 1);
  }

  const clear = (field: TField) =>
    setErrors((current) => ({ ...current, fieldErrors: { ...current.fieldErrors, [field]: undefined } }));

  async function send() {
    setFailure(null);
    setErrors(noPageFormErrors);
    const page = ZPageInput.safeParse({ ownerUnitKey, ...toPageMetadataInput(metadata) }, { reportInput: true });
    const german = ZPageTextInput.safeParse({ ...text, textVersion: null }, { reportInput: true });
    if (!page.success || !german.success) {
      const issues = [...(page.success ? [] : page.error.issues), ...(german.success ? [] : german.error.issues)];
      showErrors(placePageIssues(issues, fields, t));
      return;
    }
    let createdId: string;
    try {
      createdId = (await create.mutateAsync(page.data)).id;
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) showErrors(placePageProblem(error.problem, fields));
      else setFailure(error);
      return;
    }
    // The page exists either way: its own view shows the German text, or says it was not saved.
    const isTextSaved = await saveText
      .mutateAsync({ id: createdId, language: "de", text: german.data })
      .then(() => true)
      .catch(() => false);
    void navigate(`/portal/pages/${createdId}`, { state: { notice: isTextSaved ? "created" : "textNotSaved" } });
  }

  return (
    <>
      <PageHeader title={t("portal.pages.new.title")} description={t("portal.pages.new.description")} />
      <form
        noValidate
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <Stack gap="lg" maw={960}>
          <PageFailure error={failure} />
          <PageErrorSummary messages={listPageFormMessages(errors, labels)} />
          <Fieldset legend={t("portal.pages.sections.placement")}>
            <PageMetadataFields
              values={metadata}
              errors={errors.fieldErrors}
              onChange={(next, field) => {
                setMetadata(next);
                clear(field);
              }}
              pages={siblings.data?.items ?? []}
            />
          </Fieldset>
          <Fieldset legend={t("portal.pages.sections.germanText")}>
            <PageTextFields
              language="de"
              values={text}
              editorKey={0}
              mediaOwner={owner}
              errors={errors.fieldErrors}
              onChange={(next, field) => {
                setText(next);
                clear(field);
              }}
            />
          </Fieldset>
          <Group>
            <Button type="submit" loading={create.isPending || saveText.isPending}>
              {t("portal.pages.new.submit")}
            </Button>
            <Anchor component={Link} to={`/portal?owner=${encodeURIComponent(owner)}`}>
              {t("portal.pages.new.cancel")}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </>
  );
}
