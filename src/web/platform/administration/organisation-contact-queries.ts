import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import {
  type TOrganisationContactInput,
  ZOrganisationContact,
} from "../../../common/platform/organisation-contact-schemas.js";
import { requestJson } from "../../api/api-client.js";

const contactPath = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}/contact`;

/** The contact point printed in welcome letters. */
export const organisationContactQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ["organisations", "contact", organisationId],
    queryFn: ({ signal }) => requestJson(contactPath(organisationId), ZOrganisationContact, { signal }),
  });

export function useSaveOrganisationContact(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TOrganisationContactInput) =>
      requestJson(contactPath(organisationId), ZOrganisationContact, { method: "PUT", body }),
    onSuccess: (contact) => queryClient.setQueryData(organisationContactQuery(organisationId).queryKey, contact),
  });
}
