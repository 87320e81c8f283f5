import { Badge, Group, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TStaffOfferSearchItem } from "../../../common/offers/offer-search-schemas.js";
import { languageName } from "../../../common/platform/iso-codes.js";
import { currentLanguage } from "../../i18n/i18n.js";
import { useFormatters } from "../../ui/use-formatters.js";
import { useOfferSearchLabels } from "./offer-search-labels.js";

const rightToLeft = new Set(["ar", "fa"]);

/** One result: title in the language it is written in, provider, place or distance, languages, places, badges. */
export function OfferResultCard({ offer }: { offer: TStaffOfferSearchItem }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const labels = useOfferSearchLabels();
  const language = currentLanguage();
  const placeNames = new Set([offer.city, offer.municipalityName].filter((name) => name !== null));
  const place = offer.isOnline ? t("offers.search.online") : [...placeNames].join(", ");
  const facts = [
    labels.categories[offer.category],
    place,
    offer.distanceKm === null ? null : t("offers.search.distance", { km: offer.distanceKm }),
    offer.startsOn === null ? null : t("offers.search.startsOn", { date: formatDate(offer.startsOn) }),
  ].filter((fact) => fact !== null && fact !== "");
  const languages = offer.languages.map((code) => languageName(code, language)).join(", ");

  return (
    <Paper withBorder p="md" radius="sm" component="article" aria-labelledby={`offer-${offer.id}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title
            order={2}
            size="h4"
            id={`offer-${offer.id}`}
            lang={offer.language}
            dir={rightToLeft.has(offer.language) ? "rtl" : undefined}
          >
            {offer.title}
          </Title>
          <Text size="sm">{offer.providerName}</Text>
        </div>
        <FreePlaces freePlaces={offer.freePlaces} />
      </Group>
      <Text size="sm" mt={4}>
        {facts.join(" · ")}
      </Text>
      <Text size="sm" c="dimmed">
        {t("offers.search.givenIn", { languages })}
      </Text>
      {offer.hasChildcare || offer.isBarrierFree ? (
        <Group gap="xs" mt="xs">
          {offer.hasChildcare ? (
            <Badge variant="filled" color="teal.9">
              {t("offers.search.badges.childcare")}
            </Badge>
          ) : null}
          {offer.isBarrierFree ? (
            <Badge variant="filled" color="blue.9">
              {t("offers.search.badges.barrierFree")}
            </Badge>
          ) : null}
        </Group>
      ) : null}
    </Paper>
  );
}

function FreePlaces({ freePlaces }: { freePlaces: number | null }) {
  const { t } = useTranslation();
  if (freePlaces === null) return null;
  return (
    <Text size="sm" fw={700} c={freePlaces > 0 ? "#1b5e20" : "red.9"}>
      {freePlaces > 0 ? t("offers.search.freePlaces", { count: freePlaces }) : t("offers.search.full")}
    </Text>
  );
}
