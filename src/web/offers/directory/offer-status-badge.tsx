import { Badge } from "@mantine/core";
import type { TOfferStatus } from "../../../common/offers/offer.js";
import { useOfferLabels } from "./offer-labels.js";

/** Filled badges in dark shades: white text on them keeps 4.5:1. */
const statusColors: Record<TOfferStatus, string> = {
  draft: "gray.8",
  in_review: "orange.9",
  published: "green.9",
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
