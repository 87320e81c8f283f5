import { Button, Group, Radio, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { householdRelations, type THouseholdRelation } from "../../common/arrival/person.js";
import { Dialog } from "../ui/dialog.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { personsQuery, useChangeHousehold } from "./person-queries.js";

type THouseholdDialogProps = { personId: string; isOpen: boolean; onClose: () => void };

const matchesShown = 10;

/**
 * Puts the person into the household of someone found by name (who founds one if they have none),
 * with the relation seen from the household's head. Only persons the user may see are offered.
 */
export function HouseholdDialog({ personId, isOpen, onClose }: THouseholdDialogProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [withPersonId, setWithPersonId] = useState("");
  const [relation, setRelation] = useState<THouseholdRelation | "">("");
  const [errors, setErrors] = useState<{ withPersonId?: string; relation?: string }>({});
  const changeHousehold = useChangeHousehold(personId);
  const matches = useQuery({
    ...personsQuery({ search: debouncedSearch, sort: "familyName", page: 1 }),
    enabled: isOpen && debouncedSearch.length >= 2,
  });
  const found = (matches.data?.items ?? []).filter((match) => match.id !== personId).slice(0, matchesShown);

  function close() {
    setSearch("");
    setWithPersonId("");
    setRelation("");
    setErrors({});
    changeHousehold.reset();
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = {
      withPersonId: withPersonId === "" ? t("arrival.household.choosePersonError") : undefined,
      relation: relation === "" ? t("arrival.household.chooseRelationError") : undefined,
    };
    setErrors(missing);
    if (missing.withPersonId || missing.relation || relation === "") return;
    changeHousehold.mutate({ withPersonId, relation }, { onSuccess: close });
  }

  return (
    <Dialog closeLabel={t("administration.close")} isOpen={isOpen} onClose={close} title={t("arrival.household.join")}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {changeHousehold.error ? <ProblemAlert error={changeHousehold.error} /> : null}
          <TextInput
            label={t("arrival.household.searchLabel")}
            description={t("arrival.household.searchHint")}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setWithPersonId("");
            }}
          />
          <Radio.Group
            label={t("arrival.household.member")}
            value={withPersonId}
            onChange={setWithPersonId}
            error={errors.withPersonId}
            required
          >
            <Stack gap="xs" mt="xs" aria-live="polite">
              {debouncedSearch.length < 2 ? (
                <Text size="sm">{t("arrival.household.typeToSearch")}</Text>
              ) : matches.isPending ? (
                <Text size="sm">{t("arrival.household.searching")}</Text>
              ) : found.length === 0 ? (
                <Text size="sm">{t("arrival.household.noMatches")}</Text>
              ) : (
                found.map((match) => (
                  <Radio
                    key={match.id}
                    value={match.id}
                    label={`${match.familyName}, ${match.givenName}${match.birthYear === null ? "" : ` (${match.birthYear})`}`}
                  />
                ))
              )}
            </Stack>
          </Radio.Group>
          <Select
            label={t("arrival.household.relation")}
            data={householdRelations
              .filter((value) => value !== "head")
              .map((value) => ({ value, label: t(`arrival.household.relations.${value}`) }))}
            value={relation || null}
            onChange={(value) => setRelation(householdRelations.find((candidate) => candidate === value) ?? "")}
            error={errors.relation}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("administration.cancel")}
            </Button>
            <Button type="submit" loading={changeHousehold.isPending}>
              {t("arrival.household.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
