import { Alert, Anchor, Button, FileInput, Group, Stack, Table, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TConceptImportSummary, ZConceptImportSummary } from "../../common/steering/concept-view-schemas.js";
import { requestJson } from "../api/api-client.js";
import { Dialog } from "../ui/dialog.js";
import { NoValue } from "../ui/no-value.js";
import { ProblemAlert } from "../ui/problem-alert.js";
import { ConceptFailure } from "./concept-failure.js";
import { conceptHistoryQuery, conceptPeriodQuery } from "./concept-queries.js";
import {
  conceptExportPath,
  conceptImportPath,
  hasConceptImportChanges,
  summariseConceptImport,
  type TConceptImportErrorRow,
  type TConceptImportPart,
  toConceptImportErrorRows,
} from "./concept-xlsx-import-result.js";

/** The period as an .xlsx workbook: a plain download link, the session cookie goes along. */
export function ConceptXlsxExportLink({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor href={conceptExportPath(periodId)} download>
      {t("steering.export.link")}
    </Anchor>
  );
}

/**
 * Aus Excel importieren: a workbook in the export's layout. Picking the file runs a dry run at once
 * (what would be added, changed, left; or every bad cell); only the confirm button writes.
 */
export function ConceptXlsxImportButton({ periodId, onReload }: { periodId: string; onReload: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setIsOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const importWorkbook = useMutation({
    mutationFn: ({ workbook, isDryRun }: { workbook: File; isDryRun: boolean }) =>
      requestJson(conceptImportPath(periodId, isDryRun), ZConceptImportSummary, { method: "POST", body: workbook }),
    onSuccess: async (summary) => {
      if (summary.dryRun) return;
      await queryClient.invalidateQueries({ queryKey: ["steering-concept", "list"] });
      await queryClient.invalidateQueries({ queryKey: conceptPeriodQuery(periodId).queryKey });
      await queryClient.invalidateQueries({ queryKey: conceptHistoryQuery(periodId).queryKey });
    },
  });
  const [dryRun, setDryRun] = useState<TConceptImportSummary | null>(null);
  const result = importWorkbook.data;
  const isDone = result !== undefined && !result.dryRun;
  const errorRows = toConceptImportErrorRows(importWorkbook.error);

  function reset() {
    setFile(null);
    setDryRun(null);
    importWorkbook.reset();
  }

  function close() {
    setIsOpen(false);
    reset();
  }

  function choose(picked: File | null) {
    setFile(picked);
    setDryRun(null);
    importWorkbook.reset();
    if (picked === null) return;
    importWorkbook.mutate(
      { workbook: picked, isDryRun: true },
      { onSuccess: (summary) => setDryRun(summary.dryRun ? summary : null) },
    );
  }

  return (
    <>
      <Button variant="default" size="xs" onClick={() => setIsOpen(true)}>
        {t("steering.import.open")}
      </Button>
      {isOpen ? (
        <Dialog
          isOpen
          onClose={close}
          title={t("steering.import.title")}
          closeLabel={t("steering.form.close")}
          size="lg"
        >
          <Stack gap="md">
            <Text size="sm">{t("steering.import.description")}</Text>
            <FileInput
              label={t("steering.import.file")}
              description={t("steering.import.fileHint")}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={choose}
              disabled={importWorkbook.isPending || isDone}
              clearable
              clearButtonProps={{ "aria-label": t("steering.import.clear") }}
            />
            {importWorkbook.isError && errorRows === undefined ? (
              <ConceptFailure failure={importWorkbook.error} onReload={onReload} />
            ) : null}
            <div role="status">
              {importWorkbook.isPending ? <Text size="sm">{t("steering.import.checking")}</Text> : null}
              {errorRows ? <ConceptImportErrors rows={errorRows} error={importWorkbook.error} /> : null}
              {dryRun && !isDone ? <ConceptImportSummary summary={dryRun} /> : null}
              {isDone ? <ConceptImportSummary summary={result} /> : null}
            </div>
            <Group justify="flex-end">
              {isDone ? (
                <Button onClick={close}>{t("steering.form.close")}</Button>
              ) : (
                <>
                  <Button variant="default" onClick={reset} disabled={file === null && !importWorkbook.isError}>
                    {t("steering.import.reset")}
                  </Button>
                  <Button
                    disabled={dryRun === null}
                    loading={importWorkbook.isPending && dryRun !== null}
                    onClick={() => {
                      if (file !== null) importWorkbook.mutate({ workbook: file, isDryRun: false });
                    }}
                  >
                    {t("steering.import.confirm")}
                  </Button>
                </>
              )}
            </Group>
          </Stack>
        </Dialog>
      ) : null}
    </>
  );
}

function ConceptImportSummary({ summary }: { summary: TConceptImportSummary }) {
  const { t } = useTranslation();
  const partLabel = (part: TConceptImportPart) => {
    if (part === "statements") return t("steering.import.parts.statements");
    if (part === "subGoals") return t("steering.import.parts.subGoals");
    return t("steering.import.parts.measures");
  };
  const hasChanges = hasConceptImportChanges(summary);
  return (
    <Alert
      color={summary.dryRun ? "blue" : "green"}
      variant="light"
      title={summary.dryRun ? t("steering.import.dryRunTitle") : t("steering.import.doneTitle")}
    >
      <Stack gap="sm">
        <Text size="sm">
          {summary.dryRun
            ? hasChanges
              ? t("steering.import.dryRunHint")
              : t("steering.import.dryRunUnchanged")
            : t("steering.import.doneHint")}
        </Text>
        <Table withTableBorder verticalSpacing="xs">
          <Table.Caption>
            {summary.dryRun ? t("steering.import.dryRunCaption") : t("steering.import.doneCaption")}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("steering.import.part")}</Table.Th>
              <Table.Th scope="col">{t("steering.import.added")}</Table.Th>
              <Table.Th scope="col">{t("steering.import.changed")}</Table.Th>
              <Table.Th scope="col">{t("steering.import.unchanged")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summariseConceptImport(summary).map((row) => (
              <Table.Tr key={row.part}>
                <Table.Th scope="row">{partLabel(row.part)}</Table.Th>
                <Table.Td>{row.added}</Table.Td>
                <Table.Td>{row.changed}</Table.Td>
                <Table.Td>{row.unchanged}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Alert>
  );
}

function ConceptImportErrors({ rows, error }: { rows: TConceptImportErrorRow[]; error: unknown }) {
  const { t } = useTranslation();
  const say = (value: string | number | undefined) => (value === undefined ? <NoValue /> : value);
  return (
    <Stack gap="sm">
      <ProblemAlert error={error} />
      <Table.ScrollContainer minWidth={560} type="native">
        <Table striped withTableBorder verticalSpacing="xs">
          <Table.Caption>{t("steering.import.errorsCaption", { count: rows.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("steering.import.sheet")}</Table.Th>
              <Table.Th scope="col">{t("steering.import.row")}</Table.Th>
              <Table.Th scope="col">{t("steering.import.column")}</Table.Th>
              <Table.Th scope="col">{t("steering.import.message")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{say(row.sheet)}</Table.Td>
                <Table.Td>{say(row.row)}</Table.Td>
                <Table.Td>{say(row.column)}</Table.Td>
                <Table.Td>{row.detail}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
