import { Alert, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { type TOffer, ZOfferIdParams } from "../../../common/offers/offer-schemas.js";
import { NoAccessNotice } from "../../arrival/no-access-notice.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { canKeepOffers } from "./offer-access.js";
import { OfferForm, ReadOnlyOfferForm } from "./offer-form.js";
import { OfferFreePlaces } from "./offer-free-places.js";
import { readNoticeState, type TOfferNotice, toNoticeState } from "./offer-notice.js";
import { offerQuery } from "./offer-queries.js";
import { OfferRevisionsSection } from "./offer-revisions-section.js";
import { OfferStatusBadge } from "./offer-status-badge.js";
import { OfferWithdrawButton } from "./offer-withdraw-button.js";

/** A new offer of the actor's provider; only provider staff create offers. */
export function OfferNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSignedInUser();
  if (!canKeepOffers(user)) {
    return (
      <NoAccessNotice pageTitle={t("offers.directory.form.newTitle")} heading={t("offers.directory.noAccessTitle")}>
        {t("offers.directory.form.noCreateAccess")}
      </NoAccessNotice>
    );
  }
  return (
    <>
      <PageHeader title={t("offers.directory.form.newTitle")} description={t("offers.directory.form.description")} />
      <OfferForm
        onSaved={(offer, notice) => void navigate(`/offers/${offer.id}/edit`, { state: toNoticeState(notice) })}
      />
    </>
  );
}

/** An offer of the actor's provider: the form (or its content, when it cannot be edited now), free places, submissions. */
export function OfferEditPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const offer = useQuery({ ...offerQuery(id), enabled: ZOfferIdParams.safeParse({ id }).success });
  if (!ZOfferIdParams.safeParse({ id }).success || offer.isError) {
    return (
      <>
        <PageHeader title={t("offers.directory.form.editTitle")} />
        {offer.isError ? (
          <ProblemAlert error={offer.error} onRetry={() => void offer.refetch()} />
        ) : (
          <Text>{t("offers.directory.form.notFound")}</Text>
        )}
      </>
    );
  }
  if (offer.isPending) return <LoadingState />;
  return <OfferEditView offer={offer.data} onReload={() => offer.refetch()} />;
}

type TOfferEditViewProps = { offer: TOffer; onReload: () => Promise<unknown> };

function OfferEditView({ offer, onReload }: TOfferEditViewProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const [notice, setNotice] = useState<TOfferNotice | undefined>(() => readNoticeState(location.state));
  const [formGeneration, setFormGeneration] = useState(0);
  const noticeTexts: Record<TOfferNotice, string> = {
    created: t("offers.directory.notices.created"),
    saved: t("offers.directory.notices.saved"),
    submitted: t("offers.directory.notices.submitted"),
    changeSubmitted: t("offers.directory.notices.changeSubmitted"),
    withdrawn: t("offers.directory.notices.withdrawn"),
    freePlacesSaved: t("offers.directory.notices.freePlacesSaved"),
  };
  const isEditable = offer.allowedActions.includes("edit");

  async function reload() {
    await onReload();
    setNotice(undefined);
    setFormGeneration((generation) => generation + 1);
  }

  return (
    <>
      <PageHeader title={t("offers.directory.form.editTitle")} description={offer.title} />
      <Stack gap="lg">
        <Group gap="sm">
          <OfferStatusBadge status={offer.status} />
          <Text size="sm" c="dimmed">
            {offer.providerName}
          </Text>
        </Group>
        <div role="status">{notice ? <Alert color="green">{noticeTexts[notice]}</Alert> : null}</div>
        {offer.hasPendingRevision ? <Text>{t("offers.directory.form.pendingRevision")}</Text> : null}
        {isEditable ? (
          <OfferForm
            key={`${offer.id}-${formGeneration}`}
            offer={offer}
            onSaved={(_, next) => setNotice(next)}
            onReload={() => void reload()}
          />
        ) : (
          <>
            <Text>
              {offer.status === "withdrawn"
                ? t("offers.directory.form.isWithdrawn")
                : t("offers.directory.form.isInReview")}
            </Text>
            <ReadOnlyOfferForm key={`${offer.id}-${offer.version}`} offer={offer} />
          </>
        )}
        {offer.allowedActions.includes("set_free_places") ? (
          <OfferFreePlaces
            key={`${offer.id}-${offer.version}`}
            offer={offer}
            onSaved={() => setNotice("freePlacesSaved")}
          />
        ) : null}
        <OfferRevisionsSection revisions={offer.revisions} />
        {offer.allowedActions.includes("withdraw") ? (
          <Group>
            <OfferWithdrawButton offer={offer} onWithdrawn={() => setNotice("withdrawn")} />
          </Group>
        ) : null}
      </Stack>
    </>
  );
}
