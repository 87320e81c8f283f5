import { Button, Group, Paper, Select, SimpleGrid, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  importFields,
  type TArrivalImport,
  type TImportField,
  type TImportMapping,
} from "../../common/arrival/import-schemas.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useChangeMapping } from "./import-queries.js";

/** Spelled out per field (not built from it) so the extractor finds each key. */
export function useImportFieldLabels(): Record<TImportField, string> {
  const { t } = useTranslation();
  return {
    familyName: t("arrival.import.fields.familyName"),
    givenName: t("arrival.import.fields.givenName"),
    birthDate: t("arrival.import.fields.birthDate"),
    sex: t("arrival.import.fields.sex"),
    nationalities: t("arrival.import.fields.nationalities"),
    arrivedInGermanyOn: t("arrival.import.fields.arrivedInGermanyOn"),
    arrivedInMunicipalityOn: t("arrival.import.fields.arrivedInMunicipalityOn"),
    street: t("arrival.import.fields.street"),
    postalCode: t("arrival.import.fields.postalCode"),
    municipality: t("arrival.import.fields.municipality"),
    residenceCategory: t("arrival.import.fields.residenceCategory"),
    permitExpiresOn: t("arrival.import.fields.permitExpiresOn"),
    phone: t("arrival.import.fields.phone"),
    email: t("arrival.import.fields.email"),
    preferredLanguage: t("arrival.import.fields.preferredLanguage"),
  };
}

/** One select per field of the record, the suggested column preselected; saving validates every row again. */
export function ImportMappingForm({ current }: { current: TArrivalImport }) {
  const { t } = useTranslation();
  const labels = useImportFieldLabels();
  const [mapping, setMapping] = useState<TImportMapping>(current.mapping);
  const change = useChangeMapping(current.id);
  const columns = current.headers.map((header) => ({ value: header, label: header }));

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate(mapping);
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="import-mapping-title">
      <Title order={2} size="h3" id="import-mapping-title" mb="sm">
        {t("arrival.import.mappingTitle")}
      </Title>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {importFields.map((field) => (
            <Select
              key={field}
              label={labels[field]}
              placeholder={t("arrival.import.notMapped")}
              data={columns}
              value={mapping[field] ?? null}
              onChange={(value) => {
                const { [field]: _removed, ...rest } = mapping;
                setMapping(value ? { ...rest, [field]: value } : rest);
              }}
              clearable
            />
          ))}
        </SimpleGrid>
        {change.isError ? <ProblemAlert error={change.error} /> : null}
        <Group mt="md">
          <Button type="submit" variant="default" loading={change.isPending}>
            {t("arrival.import.applyMapping")}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
