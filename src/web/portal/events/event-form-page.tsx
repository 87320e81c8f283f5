import { Alert, Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { z } from "zod";
import type { TPortalEvent } from "../../../common/portal/event-schemas.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { ConfirmButton } from "../confirm-button.js";
import { findEditableOwners } from "../content-owners.js";
import { PortalEditorFrame } from "../portal-editor-frame.js";
import { PortalFailureAlert } from "../portal-failure-alert.js";
import { PortalStatusBadge } from "../portal-status-badge.js";
import { EventForm } from "./event-form.js";
import { eventQuery, useDeleteEvent, useSetEventStatus } from "./event-queries.js";
import { OccurrencePreview } from "./occurrence-preview.js";

const isId = (id: string) => z.uuid().safeParse(id).success;
const createdState = { notice: "created" } as const;
const isCreatedState = (state: unknown) => z.object({ notice: z.literal("created") }).safeParse(state).success;

export function PortalEventNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const owners = findEditableOwners(useSignedInUser());
  return (
    <PortalEditorFrame pageTitle={t("portal.events.newTitle")}>
      <PageHeader title={t("portal.events.newTitle")} description={t("portal.events.newDescription")} />
      <EventForm
        owners={owners}
        onSaved={(event) => void navigate(`/portal/events/${event.id}`, { state: createdState })}
      />
    </PortalEditorFrame>
  );
}

export function PortalEventEditPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const event = useQuery({ ...eventQuery(id), enabled: isId(id) });
  return (
    <PortalEditorFrame pageTitle={t("portal.events.editTitle")}>
      {!isId(id) || event.isError ? (
        <>
          <PageHeader title={t("portal.events.editTitle")} />
          {event.isError ? (
            <ProblemAlert error={event.error} onRetry={() => void event.refetch()} />
          ) : (
            <Text>{t("portal.notFound")}</Text>
          )}
        </>
      ) : event.isPending ? (
        <LoadingState />
      ) : (
        <EventEditView event={event.data} onReload={() => event.refetch()} />
      )}
    </PortalEditorFrame>
  );
}

function EventEditView({ event, onReload }: { event: TPortalEvent; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const owners = findEditableOwners(useSignedInUser());
  const setStatus = useSetEventStatus(event.id);
  const remove = useDeleteEvent(event.id);
  const [notice, setNotice] = useState<string | undefined>(() =>
    isCreatedState(location.state) ? t("portal.events.notices.created") : undefined,
  );
  const [generation, setGeneration] = useState(0);
  const isPublished = event.status === "published";
  const title = event.texts.find((text) => text.language === "de")?.title ?? "";

  async function reload() {
    await onReload();
    setNotice(undefined);
    setStatus.reset();
    setGeneration((current) => current + 1);
  }

  return (
    <>
      <PageHeader title={t("portal.events.editTitle")} description={<span lang="de">{title}</span>} />
      <Stack gap="lg">
        <Group gap="sm">
          <PortalStatusBadge status={event.status} />
          {event.importedFrom ? (
            <Text size="sm" c="dimmed">
              {t("portal.events.importedFrom", { source: event.importedFrom })}
            </Text>
          ) : null}
        </Group>
        <div role="status">{notice ? <Alert color="green">{notice}</Alert> : null}</div>
        <PortalFailureAlert failure={setStatus.error} onReload={() => void reload()} />
        <Group>
          <Button
            variant={isPublished ? "default" : "filled"}
            loading={setStatus.isPending}
            onClick={() =>
              setStatus.mutate(
                { isPublished: !isPublished, version: event.version },
                {
                  onSuccess: (changed) =>
                    setNotice(
                      changed.status === "published"
                        ? t("portal.events.notices.published")
                        : t("portal.events.notices.unpublished"),
                    ),
                },
              )
            }
          >
            {isPublished ? t("portal.form.unpublish") : t("portal.form.publish")}
          </Button>
          {isPublished ? (
            <Anchor href={`/portal/de/events/${event.id}.ics`} download>
              {t("portal.events.icsLink")}
            </Anchor>
          ) : null}
          {isPublished && event.municipalUnitKey ? (
            <Anchor href={`/portal/de/${event.municipalUnitKey}/events.ics`}>{t("portal.events.feedLink")}</Anchor>
          ) : null}
        </Group>
        <OccurrencePreview event={event} />
        <EventForm
          key={`${event.id}-${generation}`}
          owners={owners}
          event={event}
          onSaved={() => setNotice(t("portal.events.notices.saved"))}
          onReload={() => void reload()}
        />
        {isPublished ? (
          <Text size="sm">{t("portal.events.deleteOnlyDrafts")}</Text>
        ) : (
          <Group>
            <ConfirmButton
              label={t("portal.events.delete.button")}
              title={t("portal.events.delete.title")}
              message={t("portal.events.delete.message", { title })}
              confirmLabel={t("portal.events.delete.confirm")}
              onConfirm={async () => {
                await remove.mutateAsync(event.version);
                await navigate("/portal/events");
              }}
            />
          </Group>
        )}
      </Stack>
    </>
  );
}
