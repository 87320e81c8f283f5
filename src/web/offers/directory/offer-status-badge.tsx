import { Badge } from "@mantine/core";
import type { TOfferStatus } from "../../../common/offers/offer.js";
import { useOfferLabels } from "./offer-labels.js";

/** Filled badges in dark shades: white text on them keeps 4.5:1. */
const statusColors: Record<TOfferStatus, string> = {
  draft: "gray.7",
  in_review: "blue.9",
  published: "teal.9",
  withdrawn: "red.9",
};

export function OfferStatusBadge({ status }: { status: TOfferStatus }) {
  const labels = useOfferLabels();
  return (
    <Badge color={statusColors[status]} variant="filled">
      {labels.statuses[status]}
    </Badge>
  );
}
