import { Alert, Anchor, Box, Button, Fieldset, Group, List, Stack, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ZPersonInput } from "../../common/arrival/person-input-schemas.js";
import { type TPerson, ZPersonId } from "../../common/arrival/person-schemas.js";
import { ApiError } from "../api/api-errors.js";
import { useSignedInUser } from "../platform/session/use-signed-in-user.js";
import { LoadingState } from "../ui/loading-state.js";
import { PageHeader } from "../ui/page-header.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { BirthFieldset } from "./birth-fieldset.js";
import { ContactFieldset } from "./contact-fieldset.js";
import { DuplicateCandidatesPanel } from "./duplicate-candidates-panel.js";
import { NameFieldset } from "./name-fieldset.js";
import { NoAccessNotice } from "./no-access-notice.js";
import { OriginFieldset } from "./origin-fieldset.js";
import { canRegisterPersons } from "./person-access.js";
import type { TChangeField } from "./person-fieldset-props.js";
import { noPersonFormErrors, placeIssues, placeProblem, type TPersonFormErrors } from "./person-form-errors.js";
import {
  emptyPersonFormValues,
  type TPersonFormValues,
  toPersonFormValues,
  toPersonInput,
} from "./person-form-values.js";
import { registeredState, savedState } from "./person-navigation-state.js";
import { personQuery, useRegisterPerson, useUpdatePerson } from "./person-queries.js";
import classes from "./person-registration.module.css";
import { StayFieldset } from "./stay-fieldset.js";

const isValidationProblem = (error: unknown) => error instanceof ApiError && error.status === 422;

/** Wide enough to show the likely existing records beside the form, where their arrival moves no field. */
const besideFormQuery = "(min-width: 75em)";

/** Only caseworkers register persons; everyone else learns so instead of filling in a form the server refuses. */
export function PersonRegistrationPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (!canRegisterPersons(user)) {
    return (
      <NoAccessNotice pageTitle={t("arrival.form.title")} heading={t("arrival.form.noAccessTitle")}>
        {t("arrival.form.noAccess")}
      </NoAccessNotice>
    );
  }
  return <PersonRegistrationForm />;
}

/** Corrects a person: the same form, filled with the record, for users who may update it. */
export function PersonEditPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const person = useQuery({ ...personQuery(id), enabled: ZPersonId.safeParse({ id }).success });
  if (person.isPending) return <LoadingState />;
  if (person.isError || !person.data.allowedActions.includes("update")) {
    return (
      <NoAccessNotice pageTitle={t("arrival.form.editTitle")} heading={t("arrival.form.noAccessTitle")}>
        {t("arrival.form.noEditAccess")}
      </NoAccessNotice>
    );
  }
  return <PersonRegistrationForm person={person.data} />;
}

/**
 * Registers a person, or corrects one: checked with the shared ZPersonInput before sending, the
 * server's field problems shown at the same fields; the values stay whatever goes wrong.
 */
function PersonRegistrationForm({ person }: { person?: TPerson }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const register = useRegisterPerson();
  const update = useUpdatePerson(person?.id ?? "");
  const mutation = person ? update : register;
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<TPersonFormValues>(() =>
    person ? toPersonFormValues(person) : emptyPersonFormValues,
  );
  const [errors, setErrors] = useState<TPersonFormErrors>(noPersonFormErrors);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    const form = formRef.current;
    form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-messages]')?.focus();
  }, [focusRequest]);

  const change: TChangeField = (field, value, clearedError) => {
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

  function showErrors(placed: TPersonFormErrors) {
    setErrors(placed);
    setFocusRequest((count) => count + 1);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZPersonInput.safeParse(toPersonInput(values), { reportInput: true });
    if (!parsed.success) {
      showErrors(placeIssues(parsed.error.issues, values, t));
      return;
    }
    setErrors(noPersonFormErrors);
    mutation.mutate(parsed.data, {
      onError: (error) => {
        if (error instanceof ApiError && error.status === 422) showErrors(placeProblem(error.problem, values));
      },
      onSuccess: (saved) =>
        void navigate(`/arrival/persons/${saved.id}`, { state: person ? savedState : registeredState }),
    });
  }

  const fieldsetProps = { values, errors: errors.fieldErrors, onChange: change };
  const hasProblem = mutation.error !== null && !isValidationProblem(mutation.error);
  const candidatesBeside = useMediaQuery(besideFormQuery, true, { getInitialValueInEffect: false }) ?? true;
  const candidatesPanel = person ? null : (
    <DuplicateCandidatesPanel
      givenName={values.givenName}
      familyName={values.familyName}
      birthYear={values.birthYear}
      birthMonth={values.birthMonth}
      birthDay={values.birthDay}
    />
  );
  return (
    <>
      <PageHeader
        title={person ? t("arrival.form.editTitle") : t("arrival.form.title")}
        description={person ? undefined : t("arrival.form.description")}
      />
      <div className={candidatesPanel !== null && candidatesBeside ? classes.withAside : undefined}>
        <form noValidate onSubmit={submit} ref={formRef}>
          <Stack gap="lg" maw={960}>
            {hasProblem ? <ProblemAlert error={mutation.error} /> : null}
            {errors.otherMessages.length > 0 ? (
              <Alert
                color="red"
                variant="light"
                title={t("arrival.form.otherProblems")}
                data-form-messages
                tabIndex={-1}
              >
                <List size="sm">
                  {errors.otherMessages.map((message) => (
                    <List.Item key={message}>{message}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
            <NameFieldset {...fieldsetProps} />
            <BirthFieldset {...fieldsetProps} />
            {candidatesPanel !== null && !candidatesBeside ? candidatesPanel : null}
            <OriginFieldset {...fieldsetProps} />
            <StayFieldset {...fieldsetProps} />
            <ContactFieldset {...fieldsetProps} />
            <Fieldset legend={t("arrival.form.sections.purpose")}>
              <TextInput
                label={t("arrival.fields.purpose")}
                description={t("arrival.form.purposeHint")}
                value={values.purpose}
                onChange={(event) => change("purpose", event.currentTarget.value)}
                error={errors.fieldErrors.purpose}
                maw={640}
              />
            </Fieldset>
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {person ? t("arrival.form.save") : t("arrival.form.submit")}
              </Button>
              <Anchor component={Link} to={person ? `/arrival/persons/${person.id}` : "/arrival"}>
                {t("arrival.form.cancel")}
              </Anchor>
            </Group>
          </Stack>
        </form>
        {candidatesPanel !== null && candidatesBeside ? (
          <Box component="aside" className={classes.aside} aria-label={t("arrival.duplicates.region")}>
            {candidatesPanel}
          </Box>
        ) : null}
      </div>
    </>
  );
}
