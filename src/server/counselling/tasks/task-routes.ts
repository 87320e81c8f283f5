import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZPersonId } from "../../../common/arrival/person-schemas.js";
import {
  ZCaseworkerOptions,
  ZMyTaskList,
  ZMyTasksQuery,
  ZTask,
  ZTaskId,
  ZTaskInput,
  ZTaskList,
  ZTaskPatch,
  ZTaskStatusChange,
} from "../../../common/counselling/task-schemas.js";
import { ZProblem } from "../../../common/platform/problem.js";
import { personAccessOf } from "../../arrival/persons/person-access-of-request.js";
import { requireActor, requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { listCaseworkerOptions } from "../caseworker-options.js";
import { createCounsellingScope } from "../counselling-scope.js";
import { listMyTasks } from "./my-tasks.js";
import { createPersonTask, listPersonTasks } from "./person-tasks.js";
import { changeTaskStatus, updateTask } from "./task-changes.js";
import { taskPolicy } from "./task-policy.js";

const tags = ["tasks"];

/** Tasks and follow-ups on a person's file, and "my tasks": thin handlers over the task services. */
export const taskRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  const scopeOf = (request: FastifyRequest) =>
    createCounsellingScope(taskPolicy, {
      person: personAccessOf(request, db),
      actor: requireActor(request),
      contributions: request.server.personScopeContributions,
    });

  app.get(
    "/api/persons/:id/tasks",
    {
      config: { access: requires(taskPolicy, "list") },
      schema: {
        tags,
        summary: "The person's tasks and follow-ups: open ones by due date, then done and cancelled ones",
        params: ZPersonId,
        response: { 200: ZTaskList, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => listPersonTasks(db, scopeOf(request), request.params.id),
  );

  app.post(
    "/api/persons/:id/tasks",
    {
      config: { access: requires(taskPolicy, "create") },
      schema: {
        tags,
        summary: "Add a task or follow-up (assigned to the creator unless another caseworker is named)",
        params: ZPersonId,
        body: ZTaskInput,
        response: { 201: ZTask, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPersonTask(db, scopeOf(request), request.params.id, request.body)),
  );

  app.patch(
    "/api/tasks/:taskId",
    {
      config: { access: requires(taskPolicy, "update") },
      schema: {
        tags,
        summary: "Change a task's fields at the version read (409 when it changed meanwhile)",
        params: ZTaskId,
        body: ZTaskPatch,
        response: { 200: ZTask, 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    (request) => updateTask(db, scopeOf(request), request.params.taskId, request.body),
  );

  app.post(
    "/api/tasks/:taskId/status",
    {
      config: { access: requires(taskPolicy, "update") },
      schema: {
        tags,
        summary: "Mark a task done, cancel it or reopen it, at the version read",
        params: ZTaskId,
        body: ZTaskStatusChange,
        response: { 200: ZTask, 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    (request) => changeTaskStatus(db, scopeOf(request), request.params.taskId, request.body),
  );

  app.get(
    "/api/my-tasks",
    {
      config: { access: requires(taskPolicy, "list") },
      schema: {
        tags,
        summary: "The signed-in caseworker's open tasks, overdue ones marked; filters and paging",
        querystring: ZMyTasksQuery,
        response: { 200: ZMyTaskList, 401: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    (request) => listMyTasks(db, scopeOf(request), request.query),
  );

  app.get(
    "/api/task-assignees",
    {
      config: { access: requires(taskPolicy, "create") },
      schema: {
        tags,
        summary: "Whom a task can be given to: the caseworkers of the actor's own organisations",
        response: { 200: ZCaseworkerOptions, 401: ZProblem, 404: ZProblem },
      },
    },
    (request) => listCaseworkerOptions(db, requireActor(request)),
  );
};
