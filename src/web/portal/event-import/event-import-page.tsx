import { Anchor, Button, FileInput, Group, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type TEventImportResult, ZEventImportResult } from "../../../common/portal/event-import-schemas.js";
import { requestJson } from "../../api/api-client.js";
import { ApiError } from "../../api/api-errors.js";
import { toProblemFieldErrors } from "../../forms/problem-field-errors.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { findEditableOwners, toOwnerValue } from "../content-owners.js";
import { OwnerSelect } from "../owner-select.js";
import { PortalEditorFrame } from "../portal-editor-frame.js";
import { buildImportRequest, type TEventImportSource } from "./event-import-result.js";
import { EventImportSummary } from "./event-import-summary.js";

/** Termine importieren: from a calendar address or an .ics file; a dry run first, then the import itself. */
export function PortalEventImportPage() {
  const { t } = useTranslation();
  return (
    <PortalEditorFrame pageTitle={t("portal.eventImport.title")}>
      <PageHeader title={t("portal.eventImport.title")} description={t("portal.eventImport.description")} />
      <EventImport />
    </PortalEditorFrame>
  );
}

type TSourceKind = TEventImportSource["kind"];

function EventImport() {
  const { t } = useTranslation();
  const owners = findEditableOwners(useSignedInUser());
  const [owner, setOwner] = useState(() => toOwnerValue(owners[0]?.unitKey ?? null));
  const [sourceKind, setSourceKind] = useState<TSourceKind>("url");
  const [url, setUrl] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [missingSource, setMissingSource] = useState(false);
  const importEvents = useMutation({
    mutationFn: ({ isDryRun, source }: { isDryRun: boolean; source: TEventImportSource }) => {
      const request = buildImportRequest(owner, isDryRun, source);
      return requestJson(request.path, ZEventImportResult, { method: "POST", body: request.body });
    },
  });
  const [dryRun, setDryRun] = useState<TEventImportResult | null>(null);

  const source: TEventImportSource | null =
    sourceKind === "url" ? (url.trim() === "" ? null : { kind: "url", url }) : file ? { kind: "file", file } : null;
  const problem = importEvents.error instanceof ApiError ? importEvents.error.problem : undefined;
  const isFieldProblem = importEvents.error instanceof ApiError && importEvents.error.status === 422;
  const fieldErrors = isFieldProblem ? toProblemFieldErrors(problem, ["url"]) : undefined;
  const result = importEvents.data;

  /** Any change of what to import makes the last dry run stale. */
  function resetResults() {
    setDryRun(null);
    setMissingSource(false);
    importEvents.reset();
  }

  function run(isDryRun: boolean) {
    if (source === null) {
      setMissingSource(true);
      return;
    }
    importEvents.mutate({ isDryRun, source }, { onSuccess: (answer) => setDryRun(answer.dryRun ? answer : null) });
  }

  const isDone = result !== undefined && !result.dryRun;
  return (
    <Stack gap="lg" maw={960}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          run(true);
        }}
      >
        <Stack gap="md">
          {owners.length > 1 ? (
            <OwnerSelect
              owners={owners}
              value={owner}
              onChange={(value) => {
                setOwner(value);
                resetResults();
              }}
            />
          ) : null}
          <Radio.Group
            label={t("portal.eventImport.source")}
            value={sourceKind}
            onChange={(value) => {
              setSourceKind(value === "file" ? "file" : "url");
              resetResults();
            }}
          >
            <Group mt="xs">
              <Radio value="url" label={t("portal.eventImport.fromUrl")} />
              <Radio value="file" label={t("portal.eventImport.fromFile")} />
            </Group>
          </Radio.Group>
          {sourceKind === "url" ? (
            <TextInput
              type="url"
              label={t("portal.eventImport.url")}
              description={t("portal.eventImport.urlHint")}
              value={url}
              onChange={(event) => {
                setUrl(event.currentTarget.value);
                resetResults();
              }}
              error={fieldErrors?.fieldErrors.url ?? (missingSource ? t("validation.required") : undefined)}
              required
              dir="ltr"
            />
          ) : (
            <FileInput
              label={t("portal.eventImport.file")}
              description={t("portal.eventImport.fileHint")}
              accept=".ics,text/calendar"
              value={file}
              onChange={(picked) => {
                setFile(picked);
                resetResults();
              }}
              error={missingSource ? t("validation.required") : undefined}
              clearable
              clearButtonProps={{ "aria-label": t("portal.form.clear") }}
              required
            />
          )}
          {importEvents.isError && !(fieldErrors && Object.keys(fieldErrors.fieldErrors).length > 0) ? (
            <ProblemAlert error={importEvents.error} messages={fieldErrors?.otherMessages} />
          ) : null}
          <Group>
            <Button type="submit" variant={dryRun ? "default" : "filled"} loading={importEvents.isPending && !dryRun}>
              {t("portal.eventImport.check")}
            </Button>
            {dryRun ? (
              <Button loading={importEvents.isPending} onClick={() => run(false)}>
                {t("portal.eventImport.run")}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
      <div role="status">
        {dryRun && !isDone ? <EventImportSummary result={dryRun} /> : null}
        {isDone ? (
          <Stack gap="sm">
            <EventImportSummary result={result} />
            <Text>
              <Anchor component={Link} to="/portal/events">
                {t("portal.eventImport.toEvents")}
              </Anchor>
            </Text>
          </Stack>
        ) : null}
      </div>
    </Stack>
  );
}
