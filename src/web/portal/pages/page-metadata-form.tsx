import { Button, Group, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TPage, ZPageUpdate } from "../../../common/portal/page-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { PageErrorSummary, PageFailure } from "./page-error-summary.js";
import {
  listPageFormMessages,
  noPageFormErrors,
  placePageIssues,
  placePageProblem,
  type TPageFormErrors,
} from "./page-form-errors.js";
import {
  PageMetadataFields,
  pageMetadataFields,
  type TPageMetadataField,
  usePageMetadataLabels,
} from "./page-metadata-fields.js";
import { toPageMetadataInput, toPageMetadataValues } from "./page-metadata-values.js";
import { pageListQuery, useUpdatePage } from "./page-queries.js";

type TPageMetadataFormProps = { page: TPage; onReload: () => void; onSaved: () => void };

/** Topic, address, parent and position, saved at the version read (409 offers to load the new state). */
export function PageMetadataForm({ page, onReload, onSaved }: TPageMetadataFormProps) {
  const { t } = useTranslation();
  const update = useUpdatePage(page.id);
  const siblings = useQuery(pageListQuery(page.ownerUnitKey ?? "district"));
  const labels = usePageMetadataLabels();
  const [values, setValues] = useState(() => toPageMetadataValues(page));
  const [errors, setErrors] = useState<TPageFormErrors<TPageMetadataField>>(noPageFormErrors);
  const [failure, setFailure] = useState<unknown>(null);

  async function send() {
    setFailure(null);
    setErrors(noPageFormErrors);
    const parsed = ZPageUpdate.safeParse(
      { ...toPageMetadataInput(values), version: page.version },
      { reportInput: true },
    );
    if (!parsed.success) {
      setErrors(placePageIssues(parsed.error.issues, pageMetadataFields, t));
      return;
    }
    try {
      await update.mutateAsync(parsed.data);
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        setErrors(placePageProblem(error.problem, pageMetadataFields));
      } else setFailure(error);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Stack gap="md">
        <PageFailure error={failure} onReload={onReload} />
        <PageErrorSummary messages={listPageFormMessages(errors, labels)} />
        <PageMetadataFields
          values={values}
          errors={errors.fieldErrors}
          onChange={(next, field) => {
            setValues(next);
            setErrors((current) => ({ ...current, fieldErrors: { ...current.fieldErrors, [field]: undefined } }));
          }}
          pages={(siblings.data?.items ?? []).filter((other) => other.id !== page.id)}
        />
        <Group>
          <Button type="submit" variant="default" loading={update.isPending}>
            {t("portal.pages.edit.saveMetadata")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
