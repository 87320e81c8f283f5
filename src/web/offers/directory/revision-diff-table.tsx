import { Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TOfferDiffEntry } from "../../../common/offers/offer-schemas.js";
import { NoValue } from "../../ui/no-value.js";
import { formatDiffValue, labelDiffField } from "./offer-diff-text.js";
import { useDiffNames } from "./use-diff-names.js";

/** What a submission changes, one row per field (and text language): the field, the value in force, the new one. */
export function RevisionDiffTable({ diff }: { diff: readonly TOfferDiffEntry[] }) {
  const { t } = useTranslation();
  const names = useDiffNames();
  const changeLabels: Record<TOfferDiffEntry["change"], string> = {
    added: t("offers.directory.diff.added"),
    removed: t("offers.directory.diff.removed"),
    changed: t("offers.directory.diff.changed"),
  };
  if (diff.length === 0) return <Text>{t("offers.directory.diff.none")}</Text>;
  const cell = (entry: TOfferDiffEntry, value: TOfferDiffEntry["before"]) => {
    const text = formatDiffValue(entry.field, value, names);
    return text === null ? <NoValue /> : text;
  };
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table verticalSpacing="xs" striped>
        <Table.Caption>
          <VisuallyHidden>{t("offers.directory.diff.caption")}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("offers.directory.diff.field")}</Table.Th>
            <Table.Th scope="col">{t("offers.directory.diff.change")}</Table.Th>
            <Table.Th scope="col">{t("offers.directory.diff.before")}</Table.Th>
            <Table.Th scope="col">{t("offers.directory.diff.after")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {diff.map((entry) => (
            <Table.Tr key={`${entry.field}-${entry.language ?? ""}`}>
              <Table.Th scope="row">{labelDiffField(entry, names)}</Table.Th>
              <Table.Td>
                <Text span size="sm" fw={600}>
                  {changeLabels[entry.change]}
                </Text>
              </Table.Td>
              <Table.Td>{cell(entry, entry.before)}</Table.Td>
              <Table.Td>{cell(entry, entry.after)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
