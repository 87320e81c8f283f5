import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import {
  type TMyTaskSort,
  ZCaseworkerOptions,
  ZMyTaskList,
  ZTask,
  ZTaskList,
} from "../../../common/counselling/task-schemas.js";
import { requestJson } from "../../api/api-client.js";

const tasksPath = (personId: string) => `/api/persons/${encodeURIComponent(personId)}/tasks`;

/** The person's tasks and follow-ups; the server audits the read. */
export const personTasksQuery = (personId: string) =>
  queryOptions({
    queryKey: ["persons", "tasks", personId],
    queryFn: ({ signal }) => requestJson(tasksPath(personId), ZTaskList, { signal }),
  });

export type TMyTasksFilter = { overdueOnly: boolean; dueUntil: string; sort: TMyTaskSort; page: number };

export const myTasksQuery = (filter: TMyTasksFilter) =>
  queryOptions({
    queryKey: ["my-tasks", filter],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({ sort: filter.sort, page: String(filter.page), pageSize: "20" });
      if (filter.overdueOnly) search.set("overdueOnly", "true");
      if (filter.dueUntil !== "") search.set("dueUntil", filter.dueUntil);
      return requestJson(`/api/my-tasks?${search.toString()}`, ZMyTaskList, { signal });
    },
    placeholderData: keepPreviousData,
  });

export const taskAssigneesQuery = queryOptions({
  queryKey: ["task-assignees"],
  queryFn: ({ signal }) => requestJson("/api/task-assignees", ZCaseworkerOptions, { signal }),
});

export type TTaskWrite =
  | { kind: "create"; body: object }
  | { kind: "update"; taskId: string; body: object }
  | { kind: "status"; taskId: string; body: object };

function pathOf(personId: string, write: TTaskWrite): { path: string; method: "POST" | "PATCH" } {
  switch (write.kind) {
    case "create":
      return { path: tasksPath(personId), method: "POST" };
    case "update":
      return { path: `/api/tasks/${encodeURIComponent(write.taskId)}`, method: "PATCH" };
    case "status":
      return { path: `/api/tasks/${encodeURIComponent(write.taskId)}/status`, method: "POST" };
  }
}

/**
 * Any write to a task of the person: afterwards the person's list, my tasks and the timeline are
 * fetched again (also after a 409, so the next attempt has the current version).
 */
export function useTaskWrite(personId: string) {
  const queryClient = useQueryClient();
  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: personTasksQuery(personId).queryKey }),
      queryClient.invalidateQueries({ queryKey: ["my-tasks"] }),
      queryClient.invalidateQueries({ queryKey: ["persons", "timeline", personId] }),
    ]);
  };
  return useMutation({
    mutationFn: (write: TTaskWrite) => {
      const { path, method } = pathOf(personId, write);
      return requestJson(path, ZTask, { method, body: write.body });
    },
    onSettled: refresh,
  });
}
