import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { ZAppointment, ZAppointmentList } from "../../../common/counselling/appointment-schemas.js";
import { ZCaseworkerOptions } from "../../../common/counselling/task-schemas.js";
import { requestJson } from "../../api/api-client.js";

const appointmentsPath = (personId: string) => `/api/persons/${encodeURIComponent(personId)}/appointments`;

/** The person's appointments, upcoming and past; the server audits the read. */
export const personAppointmentsQuery = (personId: string) =>
  queryOptions({
    queryKey: ["persons", "appointments", personId],
    queryFn: ({ signal }) => requestJson(appointmentsPath(personId), ZAppointmentList, { signal }),
  });

export const appointmentStaffQuery = queryOptions({
  queryKey: ["appointment-staff"],
  queryFn: ({ signal }) => requestJson("/api/appointment-staff", ZCaseworkerOptions, { signal }),
});

export type TAppointmentWrite =
  | { kind: "create"; body: object }
  | { kind: "update"; appointmentId: string; body: object };

/** Any write to an appointment of the person; afterwards the list and the timeline are fetched again. */
export function useAppointmentWrite(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: TAppointmentWrite) =>
      write.kind === "create"
        ? requestJson(appointmentsPath(personId), ZAppointment, { method: "POST", body: write.body })
        : requestJson(`/api/appointments/${encodeURIComponent(write.appointmentId)}`, ZAppointment, {
            method: "PATCH",
            body: write.body,
          }),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: personAppointmentsQuery(personId).queryKey }),
        queryClient.invalidateQueries({ queryKey: ["persons", "timeline", personId] }),
      ]);
    },
  });
}

/** The appointment's calendar file, downloaded by the browser. */
export function appointmentIcsHref(appointmentId: string): string {
  return `/api/appointments/${encodeURIComponent(appointmentId)}/ics`;
}
