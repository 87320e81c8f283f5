import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { z } from "zod";
import type { TPlace } from "../../../common/portal/place-schemas.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { ConfirmButton } from "../confirm-button.js";
import { findEditableOwners } from "../content-owners.js";
import { PortalEditorFrame } from "../portal-editor-frame.js";
import { PortalFailureAlert } from "../portal-failure-alert.js";
import { PortalStatusBadge } from "../portal-status-badge.js";
import { PlaceForm } from "./place-form.js";
import { placeQuery, useDeletePlace, useSetPlaceStatus } from "./place-queries.js";

const isId = (id: string) => z.uuid().safeParse(id).success;
const createdState = { notice: "created" } as const;
const isCreatedState = (state: unknown) => z.object({ notice: z.literal("created") }).safeParse(state).success;

export function PortalPlaceNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const owners = findEditableOwners(useSignedInUser());
  return (
    <PortalEditorFrame pageTitle={t("portal.places.newTitle")}>
      <PageHeader title={t("portal.places.newTitle")} description={t("portal.places.newDescription")} />
      <PlaceForm
        owners={owners}
        onSaved={(place) => void navigate(`/portal/places/${place.id}`, { state: createdState })}
      />
    </PortalEditorFrame>
  );
}

export function PortalPlaceEditPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const place = useQuery({ ...placeQuery(id), enabled: isId(id) });
  return (
    <PortalEditorFrame pageTitle={t("portal.places.editTitle")}>
      {!isId(id) || place.isError ? (
        <>
          <PageHeader title={t("portal.places.editTitle")} />
          {place.isError ? (
            <ProblemAlert error={place.error} onRetry={() => void place.refetch()} />
          ) : (
            <Text>{t("portal.notFound")}</Text>
          )}
        </>
      ) : place.isPending ? (
        <LoadingState />
      ) : (
        <PlaceEditView place={place.data} onReload={() => place.refetch()} />
      )}
    </PortalEditorFrame>
  );
}

function PlaceEditView({ place, onReload }: { place: TPlace; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const owners = findEditableOwners(useSignedInUser());
  const setStatus = useSetPlaceStatus(place.id);
  const remove = useDeletePlace(place.id);
  const [notice, setNotice] = useState<string | undefined>(() =>
    isCreatedState(location.state) ? t("portal.places.notices.created") : undefined,
  );
  const [generation, setGeneration] = useState(0);
  const isPublished = place.status === "published";
  const name = place.texts.find((text) => text.language === "de")?.name ?? "";

  async function reload() {
    await onReload();
    setNotice(undefined);
    setStatus.reset();
    setGeneration((current) => current + 1);
  }

  return (
    <>
      <PageHeader title={t("portal.places.editTitle")} description={<span lang="de">{name}</span>} />
      <Stack gap="lg">
        <Group gap="sm">
          <PortalStatusBadge status={place.status} />
        </Group>
        <div role="status">{notice ? <Alert color="green">{notice}</Alert> : null}</div>
        <PortalFailureAlert failure={setStatus.error} onReload={() => void reload()} />
        <Group>
          <Button
            variant={isPublished ? "default" : "filled"}
            loading={setStatus.isPending}
            onClick={() =>
              setStatus.mutate(
                { isPublished: !isPublished, version: place.version },
                {
                  onSuccess: (changed) =>
                    setNotice(
                      changed.status === "published"
                        ? t("portal.places.notices.published")
                        : t("portal.places.notices.unpublished"),
                    ),
                },
              )
            }
          >
            {isPublished ? t("portal.form.unpublish") : t("portal.form.publish")}
          </Button>
        </Group>
        <PlaceForm
          key={`${place.id}-${generation}`}
          owners={owners}
          place={place}
          onSaved={() => setNotice(t("portal.places.notices.saved"))}
          onReload={() => void reload()}
        />
        {isPublished ? (
          <Text size="sm">{t("portal.places.deleteOnlyDrafts")}</Text>
        ) : (
          <Group>
            <ConfirmButton
              label={t("portal.places.delete.button")}
              title={t("portal.places.delete.title")}
              message={t("portal.places.delete.message", { name })}
              confirmLabel={t("portal.places.delete.confirm")}
              onConfirm={async () => {
                await remove.mutateAsync();
                await navigate("/portal/places");
              }}
            />
          </Group>
        )}
      </Stack>
    </>
  );
}
