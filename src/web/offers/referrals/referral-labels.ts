import type { TFunction } from "i18next";
import type {
  TReferralFieldCode,
  TReferralStatus,
  TReferralTargetKind,
  TReferralTransition,
} from "../../../common/offers/referral-schemas.js";

/** Spelled out per value so the extractor finds each key and TypeScript checks all are named. */
export function describeReferralStatus(status: TReferralStatus, t: TFunction): string {
  const labels: Record<TReferralStatus, string> = {
    sent: t("offers.referrals.statuses.sent"),
    accepted: t("offers.referrals.statuses.accepted"),
    declined: t("offers.referrals.statuses.declined"),
    started: t("offers.referrals.statuses.started"),
    completed: t("offers.referrals.statuses.completed"),
    dropped: t("offers.referrals.statuses.dropped"),
    withdrawn: t("offers.referrals.statuses.withdrawn"),
    expired: t("offers.referrals.statuses.expired"),
  };
  return labels[status];
}

export function describeReferralField(code: TReferralFieldCode, t: TFunction): string {
  const labels: Record<TReferralFieldCode, string> = {
    name: t("offers.referrals.fields.name"),
    date_of_birth: t("offers.referrals.fields.dateOfBirth"),
    contact: t("offers.referrals.fields.contact"),
    languages: t("offers.referrals.fields.languages"),
    german_level: t("offers.referrals.fields.germanLevel"),
    residence_category: t("offers.referrals.fields.residenceCategory"),
    need: t("offers.referrals.fields.need"),
  };
  return labels[code];
}

export function describeTargetKind(kind: TReferralTargetKind, t: TFunction): string {
  const labels: Record<TReferralTargetKind, string> = {
    offer: t("offers.referrals.targetKinds.offer"),
    provider: t("offers.referrals.targetKinds.provider"),
    external: t("offers.referrals.targetKinds.external"),
  };
  return labels[kind];
}

/** The button of each transition. */
export function describeTransition(transition: TReferralTransition, t: TFunction): string {
  const labels: Record<TReferralTransition, string> = {
    accept: t("offers.referrals.transitions.accept"),
    decline: t("offers.referrals.transitions.decline"),
    start: t("offers.referrals.transitions.start"),
    complete: t("offers.referrals.transitions.complete"),
    drop: t("offers.referrals.transitions.drop"),
    withdraw: t("offers.referrals.transitions.withdraw"),
    expire: t("offers.referrals.transitions.expire"),
  };
  return labels[transition];
}

/** Colours with at least 4.5:1 against white text (filled badges). */
export const referralStatusColours: Record<TReferralStatus, string> = {
  sent: "blue.9",
  accepted: "teal.9",
  declined: "red.9",
  started: "indigo.9",
  completed: "#1b5e20",
  dropped: "#a63b00",
  withdrawn: "gray.8",
  expired: "gray.8",
};
