import { Paper, SimpleGrid, Skeleton, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { municipalitiesQuery, municipalUnitsQuery } from "../platform/reference-data/reference-queries.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useFormatters } from "../ui/use-formatters.js";

/** Key figures of the district from the reference data; nothing here is invented or estimated. */
export function DistrictSummary() {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const municipalities = useQuery(municipalitiesQuery);
  const units = useQuery(municipalUnitsQuery);

  function renderFigures() {
    if (municipalities.isError || units.isError) {
      return (
        <ProblemAlert
          error={municipalities.error ?? units.error}
          onRetry={() => {
            void municipalities.refetch();
            void units.refetch();
          }}
        />
      );
    }
    if (municipalities.isPending || units.isPending) {
      return <Skeleton height={72} aria-label={t("common.loading")} aria-busy="true" role="status" />;
    }
    const population = municipalities.data.reduce((sum, municipality) => sum + municipality.population, 0);
    const years = [...new Set(municipalities.data.map((municipality) => municipality.populationYear))];
    const figures = [
      { label: t("start.district.municipalities"), value: formatInteger(municipalities.data.length) },
      { label: t("start.district.municipalUnits"), value: formatInteger(units.data.length) },
      {
        label: t("start.district.population", { year: years.join("/") }),
        value: formatInteger(population),
      },
    ];
    return (
      <SimpleGrid cols={{ base: 1, xs: 3 }} component="dl" m={0}>
        {figures.map((figure) => (
          <div key={figure.label}>
            <Text component="dt" size="sm" c="dimmed">
              {figure.label}
            </Text>
            <Text component="dd" fz="h2" fw={700} m={0}>
              {figure.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    );
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="district-heading">
      <Title order={2} size="h3" mb="sm" id="district-heading">
        {t("start.district.title")}
      </Title>
      {renderFigures()}
    </Paper>
  );
}
