import { Alert, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { z } from "zod";
import type { TPortalContact } from "../../../common/portal/contact-schemas.js";
import { useSignedInUser } from "../../platform/session/use-signed-in-user.js";
import { LoadingState } from "../../ui/loading-state.js";
import { PageHeader } from "../../ui/page-header.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { ConfirmButton } from "../confirm-button.js";
import { findEditableOwners } from "../content-owners.js";
import { PortalEditorFrame } from "../portal-editor-frame.js";
import { ContactForm } from "./contact-form.js";
import { contactQuery, useDeleteContact } from "./contact-queries.js";

const isId = (id: string) => z.uuid().safeParse(id).success;
const createdState = { notice: "created" } as const;
const isCreatedState = (state: unknown) => z.object({ notice: z.literal("created") }).safeParse(state).success;

export function PortalContactNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const owners = findEditableOwners(useSignedInUser());
  return (
    <PortalEditorFrame pageTitle={t("portal.contacts.newTitle")}>
      <PageHeader title={t("portal.contacts.newTitle")} />
      <ContactForm
        owners={owners}
        onSaved={(contact) => void navigate(`/portal/contacts/${contact.id}`, { state: createdState })}
      />
    </PortalEditorFrame>
  );
}

export function PortalContactEditPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const contact = useQuery({ ...contactQuery(id), enabled: isId(id) });
  return (
    <PortalEditorFrame pageTitle={t("portal.contacts.editTitle")}>
      {!isId(id) || contact.isError ? (
        <>
          <PageHeader title={t("portal.contacts.editTitle")} />
          {contact.isError ? (
            <ProblemAlert error={contact.error} onRetry={() => void contact.refetch()} />
          ) : (
            <Text>{t("portal.notFound")}</Text>
          )}
        </>
      ) : contact.isPending ? (
        <LoadingState />
      ) : (
        <ContactEditView contact={contact.data} onReload={() => contact.refetch()} />
      )}
    </PortalEditorFrame>
  );
}

function ContactEditView({ contact, onReload }: { contact: TPortalContact; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const owners = findEditableOwners(useSignedInUser());
  const remove = useDeleteContact(contact.id);
  const [notice, setNotice] = useState<string | undefined>(() =>
    isCreatedState(location.state) ? t("portal.contacts.notices.created") : undefined,
  );
  const [generation, setGeneration] = useState(0);

  async function reload() {
    await onReload();
    setNotice(undefined);
    setGeneration((current) => current + 1);
  }

  return (
    <>
      <PageHeader title={t("portal.contacts.editTitle")} description={contact.name} />
      <Stack gap="lg">
        <div role="status">{notice ? <Alert color="green">{notice}</Alert> : null}</div>
        <ContactForm
          key={`${contact.id}-${generation}`}
          owners={owners}
          contact={contact}
          onSaved={() => setNotice(t("portal.contacts.notices.saved"))}
          onReload={() => void reload()}
        />
        <Group>
          <ConfirmButton
            label={t("portal.contacts.delete.button")}
            title={t("portal.contacts.delete.title")}
            message={t("portal.contacts.delete.message", { name: contact.name })}
            confirmLabel={t("portal.contacts.delete.confirm")}
            onConfirm={async () => {
              await remove.mutateAsync();
              await navigate("/portal/contacts");
            }}
          />
        </Group>
      </Stack>
    </>
  );
}
