/** Field messages of referrals (see common/platform/field-messages.ts). */
export const referralFieldMessages = {
  referral_purpose_required: {
    de: "Bitte geben Sie an, wofür die Vermittlung ist.",
    en: "Please say what the referral is for.",
  },
  referral_fields_required: {
    de: "Bitte wählen Sie mindestens eine Angabe, die weitergegeben wird.",
    en: "Please choose at least one item to share.",
  },
  referral_field_duplicate: {
    de: "Diese Angabe ist doppelt gewählt.",
    en: "This item is chosen twice.",
  },
  referral_need_field_without_need: {
    de: "Der Bedarf kann nur weitergegeben werden, wenn ein Bedarf gewählt ist.",
    en: "The need can only be shared when a need is chosen.",
  },
  referral_offer_unknown: { de: "Dieses Angebot gibt es nicht.", en: "This offer does not exist." },
  referral_offer_inactive: {
    de: "Dieses Angebot ist nicht (mehr) veröffentlicht oder abgelaufen; dorthin kann nicht vermittelt werden.",
    en: "This offer is not published (any more) or has expired; no referral can be made to it.",
  },
  referral_consent_missing: {
    de: "Die Person hat nicht (mehr) eingewilligt, dass ihre Daten an diesen Träger gehen. Bitte holen Sie zuerst die Einwilligung ein.",
    en: "The person has not consented (or no longer consents) to sharing their data with this provider. Please obtain consent first.",
  },
  referral_provider_unknown: { de: "Diesen Träger gibt es nicht.", en: "This provider does not exist." },
  referral_need_unknown: {
    de: "Dieser Bedarf gehört nicht zu der Person.",
    en: "This need does not belong to the person.",
  },
  referral_external_name_required: {
    de: "Bitte geben Sie den Namen des Trägers an.",
    en: "Please enter the provider's name.",
  },
  referral_external_address_required: {
    de: "Bitte geben Sie die Anschrift des Trägers an.",
    en: "Please enter the provider's address.",
  },
  referral_reason_required: { de: "Bitte geben Sie einen Grund an.", en: "Please give a reason." },
  referral_outcome_required: { de: "Bitte geben Sie das Ergebnis an.", en: "Please state the outcome." },
} as const satisfies Record<string, { de: string; en: string }>;
