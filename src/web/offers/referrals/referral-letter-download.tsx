import { Button, Group, Select } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { referralLetterLanguages, type TReferralLetterLanguage } from "../../../common/offers/referral-schemas.js";
import { languageName } from "../../../common/platform/iso-codes.js";
import { currentLanguage } from "../../i18n/i18n.js";

/**
 * The printable referral letter (German, then the chosen language); without a choice the server
 * takes the person's preferred language where the letter exists in it.
 */
export function ReferralLetterDownload({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<TReferralLetterLanguage | "">("");
  const uiLanguage = currentLanguage();
  const query = language === "" ? "" : `?language=${language}`;
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t("offers.referrals.letterLanguage")}
        data={[
          { value: "", label: t("offers.referrals.letterPersonLanguage") },
          ...referralLetterLanguages.map((code) => ({ value: code, label: languageName(code, uiLanguage) })),
        ]}
        value={language}
        onChange={(value) => setLanguage(referralLetterLanguages.find((code) => code === value) ?? "")}
        allowDeselect={false}
      />
      <Button
        component="a"
        href={`/api/referrals/${encodeURIComponent(referralId)}/letter${query}`}
        download
        variant="default"
      >
        {t("offers.referrals.letter")}
      </Button>
    </Group>
  );
}
