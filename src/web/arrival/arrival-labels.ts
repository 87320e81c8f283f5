import type { TFunction } from "i18next";
import type { TContactChannel, TLanguageLevel, TNameKind, TNameScript, TSex } from "../../common/arrival/person.js";

/** Spelled out per value, so the extractor finds each key and TypeScript checks that every value has a label. */
export function describeSex(sex: TSex, t: TFunction): string {
  const labels: Record<TSex, string> = {
    female: t("arrival.sex.female"),
    male: t("arrival.sex.male"),
    diverse: t("arrival.sex.diverse"),
    not_stated: t("arrival.sex.notStated"),
  };
  return labels[sex];
}

export function describeLanguageLevel(level: TLanguageLevel, t: TFunction): string {
  const labels: Record<TLanguageLevel, string> = {
    native: t("arrival.languageLevels.native"),
    C2: t("arrival.languageLevels.c2"),
    C1: t("arrival.languageLevels.c1"),
    B2: t("arrival.languageLevels.b2"),
    B1: t("arrival.languageLevels.b1"),
    A2: t("arrival.languageLevels.a2"),
    A1: t("arrival.languageLevels.a1"),
  };
  return labels[level];
}

export function describeContactChannel(channel: TContactChannel, t: TFunction): string {
  const labels: Record<TContactChannel, string> = {
    phone: t("arrival.channels.phone"),
    sms: t("arrival.channels.sms"),
    messenger: t("arrival.channels.messenger"),
    email: t("arrival.channels.email"),
    letter: t("arrival.channels.letter"),
    in_person: t("arrival.channels.inPerson"),
  };
  return labels[channel];
}

export function describeNameKind(kind: TNameKind, t: TFunction): string {
  const labels: Record<TNameKind, string> = {
    passport: t("arrival.nameKinds.passport"),
    original_script: t("arrival.nameKinds.originalScript"),
    alternative: t("arrival.nameKinds.alternative"),
  };
  return labels[kind];
}

export function describeScript(script: TNameScript, t: TFunction): string {
  const labels: Record<TNameScript, string> = {
    Latn: t("arrival.scripts.latin"),
    Cyrl: t("arrival.scripts.cyrillic"),
    Arab: t("arrival.scripts.arabic"),
    Grek: t("arrival.scripts.greek"),
    Armn: t("arrival.scripts.armenian"),
    Geor: t("arrival.scripts.georgian"),
    Ethi: t("arrival.scripts.ethiopic"),
    Hebr: t("arrival.scripts.hebrew"),
    Deva: t("arrival.scripts.devanagari"),
    Other: t("arrival.scripts.other"),
  };
  return labels[script];
}
