import { Button, Group, NumberInput, Paper, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TOffer, ZFreePlacesChange } from "../../../common/offers/offer-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { toProblemFieldErrors } from "../../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../../forms/validation-messages.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useSetFreePlaces } from "./offer-queries.js";

type TOfferFreePlacesProps = { offer: TOffer; onSaved: (offer: TOffer) => void };

/** Free places change daily and need no review: set here directly, within 0 and the capacity. */
export function OfferFreePlaces({ offer, onSaved }: TOfferFreePlacesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const setFreePlaces = useSetFreePlaces(offer.id);
  const [value, setValue] = useState<number | string>(offer.freePlaces ?? "");
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const freePlaces = typeof value === "number" ? value : null;
    const parsed = ZFreePlacesChange.safeParse({ version: offer.version, freePlaces }, { reportInput: true });
    if (!parsed.success) {
      setError(toIssueFieldErrors(parsed.error.issues, ["freePlaces"], t).freePlaces);
      return;
    }
    setError(undefined);
    setFreePlaces.mutate(parsed.data, {
      onSuccess: onSaved,
      onError: (failure) => {
        if (failure instanceof ApiError && failure.status === 422) {
          setError(toProblemFieldErrors(failure.problem, ["freePlaces"]).fieldErrors.freePlaces);
        }
      },
    });
  }

  const isFieldProblem = setFreePlaces.error instanceof ApiError && setFreePlaces.error.status === 422;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" radius="md" maw={960}>
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {t("offers.directory.freePlaces.title")}
          </Title>
          <Text size="sm">{t("offers.directory.freePlaces.description", { capacity: offer.capacity ?? 0 })}</Text>
          {setFreePlaces.error && !isFieldProblem ? <ProblemAlert error={setFreePlaces.error} /> : null}
          <Group align="flex-end">
            <NumberInput
              label={t("offers.directory.fields.freePlaces")}
              value={value}
              onChange={setValue}
              error={error}
              min={0}
              max={offer.capacity ?? undefined}
              allowDecimal={false}
              w={200}
            />
            <Button type="submit" variant="default" loading={setFreePlaces.isPending}>
              {t("offers.directory.freePlaces.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
