import { SegmentedControl, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { referralTargetKinds, type TReferralTargetKind } from "../../../common/offers/referral-schemas.js";
import { providerTypes, type TProviderType } from "../../../common/platform/organisations.js";
import { describeProviderType } from "../../platform/administration/administration-labels.js";
import { describeTargetKind } from "./referral-labels.js";
import { referralOptionsQuery } from "./referral-queries.js";

export type TTargetDraft = {
  kind: TReferralTargetKind;
  offerId: string;
  providerId: string;
  name: string;
  address: string;
  providerType: TProviderType | "";
};

export const emptyTarget: TTargetDraft = {
  kind: "offer",
  offerId: "",
  providerId: "",
  name: "",
  address: "",
  providerType: "",
};

type TTargetFieldsProps = {
  draft: TTargetDraft;
  onChange: (change: Partial<TTargetDraft>) => void;
  errors: Partial<Record<"target" | "offerId" | "providerId" | "name" | "address" | "providerType", string>>;
};

/** Where a referral made by hand goes: a published offer, a provider on the platform, or one outside it (letter). */
export function ReferralTargetFields({ draft, onChange, errors }: TTargetFieldsProps) {
  const { t } = useTranslation();
  const kindLabelId = useId();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const options = useQuery({ ...referralOptionsQuery(debounced), enabled: draft.kind !== "external" });
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={500} id={kindLabelId}>
          {t("offers.referrals.targetKind")}
        </Text>
        <SegmentedControl
          aria-labelledby={kindLabelId}
          value={draft.kind}
          onChange={(value) => onChange({ kind: referralTargetKinds.find((kind) => kind === value) ?? "offer" })}
          data={referralTargetKinds.map((kind) => ({ value: kind, label: describeTargetKind(kind, t) }))}
        />
      </div>
      {draft.kind === "offer" ? (
        <Select
          label={t("offers.referrals.offer")}
          searchable
          required
          searchValue={search}
          onSearchChange={setSearch}
          data={(options.data?.offers ?? []).map((offer) => ({
            value: offer.id,
            label: `${offer.title} – ${offer.providerName}`,
          }))}
          value={draft.offerId || null}
          onChange={(value) => onChange({ offerId: value ?? "" })}
          nothingFoundMessage={t("offers.referrals.nothingFound")}
          error={errors.offerId ?? errors.target}
        />
      ) : null}
      {draft.kind === "provider" ? (
        <Select
          label={t("offers.referrals.provider")}
          searchable
          required
          searchValue={search}
          onSearchChange={setSearch}
          data={(options.data?.providers ?? []).map((provider) => ({ value: provider.id, label: provider.name }))}
          value={draft.providerId || null}
          onChange={(value) => onChange({ providerId: value ?? "" })}
          nothingFoundMessage={t("offers.referrals.nothingFound")}
          error={errors.providerId ?? errors.target}
        />
      ) : null}
      {draft.kind === "external" ? (
        <>
          <TextInput
            label={t("offers.referrals.externalName")}
            required
            value={draft.name}
            onChange={(event) => onChange({ name: event.currentTarget.value })}
            error={errors.name}
          />
          <Textarea
            label={t("offers.referrals.externalAddress")}
            required
            autosize
            minRows={2}
            value={draft.address}
            onChange={(event) => onChange({ address: event.currentTarget.value })}
            error={errors.address}
          />
          <Select
            label={t("offers.referrals.externalProviderType")}
            description={t("offers.referrals.externalProviderTypeHint")}
            required
            data={providerTypes.map((value) => ({ value, label: describeProviderType(value, t) }))}
            value={draft.providerType || null}
            onChange={(value) => onChange({ providerType: providerTypes.find((type) => type === value) ?? "" })}
            error={errors.providerType ?? errors.target}
          />
        </>
      ) : null}
    </Stack>
  );
}

/** The draft as the API's target, or undefined while a required choice is missing. */
export function toTarget(draft: TTargetDraft) {
  if (draft.kind === "offer") return { kind: "offer" as const, offerId: draft.offerId };
  if (draft.kind === "provider") return { kind: "provider" as const, providerId: draft.providerId };
  return {
    kind: "external" as const,
    name: draft.name,
    address: draft.address,
    providerType: draft.providerType || undefined,
  };
}
