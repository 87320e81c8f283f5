import { Anchor, Button, Fieldset, Group, Stack } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ZOfferContent } from "../../../common/offers/offer-content-schemas.js";
import { type TOffer, ZOfferUpdate } from "../../../common/offers/offer-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { FailureAlert } from "../../ui/failure-alert.js";
import { OfferAudienceFieldset } from "./offer-audience-fieldset.js";
import { OfferClassificationFieldset } from "./offer-classification-fieldset.js";
import { OfferContactFieldset } from "./offer-contact-fieldset.js";
import { OfferErrorSummary } from "./offer-error-summary.js";
import type { TChangeOfferField } from "./offer-fieldset-props.js";
import { noOfferFormErrors, placeOfferIssues, placeOfferProblem, type TOfferFormErrors } from "./offer-form-errors.js";
import {
  createEmptyOfferFormValues,
  type TOfferFormValues,
  toOfferContentInput,
  toOfferFormValues,
} from "./offer-form-values.js";
import { useOfferLabels } from "./offer-labels.js";
import type { TOfferNotice } from "./offer-notice.js";
import { OfferPlaceFieldset } from "./offer-place-fieldset.js";
import { useCreateOffer, useSubmitOffer, useUpdateOffer } from "./offer-queries.js";
import { OfferScheduleFieldset } from "./offer-schedule-fieldset.js";
import { OfferTermsFieldset } from "./offer-terms-fieldset.js";
import { OfferTextsFieldset } from "./offer-texts-fieldset.js";

type TIntent = "save" | "submit";

type TOfferFormProps = {
  /** The offer being edited; none for a new one. */
  offer?: TOffer;
  /** After a save or submission: the offer as the server answered it and what happened. */
  onSaved: (offer: TOffer, notice: TOfferNotice) => void;
  /** After a version conflict (only when editing): read the offer again and start the form over from it. */
  onReload?: () => void;
};

/**
 * Creates or edits an offer: checked with the shared ZOfferContent (ZOfferUpdate with the version
 * read) before sending, the server's field problems shown at the same fields; the values stay
 * whatever goes wrong. "Submit" saves first, then sends the draft to review.
 */
export function OfferForm({ offer, onSaved, onReload }: TOfferFormProps) {
  const { t } = useTranslation();
  const labels = useOfferLabels();
  const create = useCreateOffer();
  const update = useUpdateOffer(offer?.id ?? "");
  const submitForReview = useSubmitOffer();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<TOfferFormValues>(() =>
    offer ? toOfferFormValues(offer) : createEmptyOfferFormValues(),
  );
  const [errors, setErrors] = useState<TOfferFormErrors>(noOfferFormErrors);
  const [failure, setFailure] = useState<unknown>(null);
  const [pendingIntent, setPendingIntent] = useState<TIntent | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // Free places are set beside the form (no review): take the new figure over, so saving the form keeps it.
  const savedFreePlaces = offer?.freePlaces;
  useEffect(() => {
    setValues((current) => ({ ...current, freePlaces: savedFreePlaces ?? "" }));
  }, [savedFreePlaces]);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-messages]')?.focus();
  }, [focusRequest]);

  const change: TChangeOfferField = (field, value, clearedError) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({
      ...current,
      fieldErrors: Object.fromEntries(
        Object.entries(current.fieldErrors).filter(([key]) =>
          clearedError === undefined ? key !== field && !key.startsWith(`${field}.`) : key !== clearedError,
        ),
      ),
    }));
  };

  function showErrors(placed: TOfferFormErrors) {
    setErrors(placed);
    setFocusRequest((count) => count + 1);
  }

  async function saveContent(): Promise<TOffer | undefined> {
    const input = toOfferContentInput(values);
    if (offer === undefined) {
      const parsed = ZOfferContent.safeParse(input, { reportInput: true });
      if (parsed.success) return create.mutateAsync(parsed.data);
      showErrors(placeOfferIssues(parsed.error.issues, values, t));
      return undefined;
    }
    const parsed = ZOfferUpdate.safeParse({ ...input, version: offer.version }, { reportInput: true });
    if (parsed.success) return update.mutateAsync(parsed.data);
    showErrors(placeOfferIssues(parsed.error.issues, values, t));
    return undefined;
  }

  async function send(intent: TIntent) {
    setFailure(null);
    setErrors(noOfferFormErrors);
    setPendingIntent(intent);
    try {
      const saved = await saveContent();
      if (saved === undefined) return;
      if (intent === "submit" && saved.allowedActions.includes("submit")) {
        onSaved(await submitForReview.mutateAsync({ id: saved.id, version: saved.version }), "submitted");
      } else {
        onSaved(saved, offer === undefined ? "created" : saved.hasPendingRevision ? "changeSubmitted" : "saved");
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) showErrors(placeOfferProblem(error.problem, values));
      else setFailure(error);
    } finally {
      setPendingIntent(null);
    }
  }

  const isPublished = offer?.status === "published";
  const canSubmitDraft = offer === undefined || offer.allowedActions.includes("submit");
  const fieldsetProps = { values, errors: errors.fieldErrors, onChange: change, labels };
  return (
    <form
      noValidate
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        void send(isPublished ? "save" : "submit");
      }}
    >
      <Stack gap="lg" maw={960}>
        <FailureAlert
          failure={failure}
          onReload={onReload}
          conflict={{
            title: t("offers.directory.form.conflictTitle"),
            message: t("offers.directory.form.conflict"),
            reload: t("offers.directory.form.reload"),
          }}
        />
        <OfferErrorSummary errors={errors} values={values} labels={labels} />
        <OfferTextsFieldset {...fieldsetProps} />
        <OfferClassificationFieldset {...fieldsetProps} />
        <OfferAudienceFieldset {...fieldsetProps} />
        <OfferPlaceFieldset {...fieldsetProps} />
        <OfferScheduleFieldset {...fieldsetProps} />
        <OfferTermsFieldset {...fieldsetProps} />
        <OfferContactFieldset {...fieldsetProps} />
        <Group>
          {isPublished ? (
            <Button type="submit" loading={pendingIntent === "save"}>
              {t("offers.directory.form.submitChange")}
            </Button>
          ) : (
            <>
              <Button variant="default" loading={pendingIntent === "save"} onClick={() => void send("save")}>
                {t("offers.directory.form.saveDraft")}
              </Button>
              {canSubmitDraft ? (
                <Button type="submit" loading={pendingIntent === "submit"}>
                  {t("offers.directory.form.submit")}
                </Button>
              ) : null}
            </>
          )}
          <Anchor component={Link} to="/offers/mine">
            {t("offers.directory.form.cancel")}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}

/** The content of an offer that cannot be edited now (in review, withdrawn): the same form, every input disabled. */
export function ReadOnlyOfferForm({ offer }: { offer: TOffer }) {
  const { t } = useTranslation();
  const labels = useOfferLabels();
  const [values] = useState(() => toOfferFormValues(offer));
  const fieldsetProps = { values, errors: {}, onChange: () => undefined, labels };
  return (
    <Fieldset legend={t("offers.directory.form.readOnlyLegend")} variant="unstyled" disabled maw={960}>
      <Stack gap="lg">
        <OfferTextsFieldset {...fieldsetProps} />
        <OfferClassificationFieldset {...fieldsetProps} />
        <OfferAudienceFieldset {...fieldsetProps} />
        <OfferPlaceFieldset {...fieldsetProps} />
        <OfferScheduleFieldset {...fieldsetProps} />
        <OfferTermsFieldset {...fieldsetProps} />
        <OfferContactFieldset {...fieldsetProps} />
      </Stack>
    </Fieldset>
  );
}
