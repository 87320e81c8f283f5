import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TReferralFieldCode, TReferralSharedData } from "../../../common/offers/referral-schemas.js";
import { describeReferralField } from "./referral-labels.js";

function formatValue(code: TReferralFieldCode, data: TReferralSharedData, none: string): string {
  const join = (parts: (string | null | undefined)[]) => parts.filter((part) => part).join(", ") || none;
  switch (code) {
    case "name":
      return data.name ? `${data.name.givenName} ${data.name.familyName}` : none;
    case "date_of_birth": {
      const birth = data.date_of_birth;
      if (!birth?.year) return none;
      return [birth.day, birth.month, birth.year].filter((part) => part !== null).join(".");
    }
    case "contact":
      return join([data.contact?.street, data.contact?.postalCode, data.contact?.phone, data.contact?.email]);
    case "languages":
      return join([
        data.languages?.preferred,
        ...(data.languages?.spoken ?? []).map((spoken) => `${spoken.language} (${spoken.level})`),
      ]);
    case "german_level":
      return data.german_level ?? none;
    case "residence_category":
      return data.residence_category ?? none;
    case "need":
      return data.need ? `${data.need.fieldOfAction}: ${data.need.code}` : none;
  }
}

/** The shared values, one row per field of the referral's field set, as the provider receives them. */
export function SharedDataList({ fieldCodes, data }: { fieldCodes: TReferralFieldCode[]; data: TReferralSharedData }) {
  const { t } = useTranslation();
  const none = t("offers.referrals.noValue");
  return (
    <Table withTableBorder variant="vertical" layout="fixed">
      <Table.Tbody>
        {fieldCodes.map((code) => (
          <Table.Tr key={code}>
            <Table.Th scope="row" w="40%">
              {describeReferralField(code, t)}
            </Table.Th>
            <Table.Td>
              <Text size="sm">{formatValue(code, data, none)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
