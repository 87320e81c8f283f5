import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZProblem } from "../../../common/platform/problem.js";
import {
  ZPage,
  ZPageCopyInput,
  ZPageIdParams,
  ZPageInput,
  ZPageList,
  ZPageListQuery,
  ZPageOwners,
  ZPageTextHistory,
  ZPageTextInput,
  ZPageTextParams,
  ZPageUpdate,
  ZPageVersion,
  ZSharedPageList,
  ZSharedPageQuery,
} from "../../../common/portal/page-schemas.js";
import { requires } from "../../platform/access/route-access.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { copyPage, listSharedPages } from "./page-copy.js";
import { listPageOwners } from "./page-owners.js";
import { portalPagePolicy } from "./page-policy.js";
import { pageEditorOf, reachesOwner } from "./page-reach.js";
import { listPageHistory, listPages, readPage } from "./page-records.js";
import { createPage, savePageText, setPageStatus, updatePage } from "./page-writes.js";

const tags = ["portal"];
const problems = { 401: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem };

/** Editing the portal's pages in the staff app (content editors, their own administration). Thin handlers. */
export const pageRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  app.get(
    "/api/portal/pages",
    {
      config: { access: requires(portalPagePolicy, "list") },
      schema: {
        tags,
        summary: "An owner's pages (a municipal unit's, or the district-wide ones) with each translation's status",
        querystring: ZPageListQuery,
        response: { 200: ZPageList, ...problems },
      },
    },
    (request) => {
      const owner = request.query.owner === "district" ? null : request.query.owner;
      if (!reachesOwner(pageEditorOf(request).reach("list"), owner)) throw new HttpProblem(404, "notFound");
      return listPages(db, owner);
    },
  );

  app.get(
    "/api/portal/pages/owners",
    {
      config: { access: requires(portalPagePolicy, "list") },
      schema: {
        tags,
        summary: "Whose pages the editor keeps: the district-wide ones and municipal units",
        response: { 200: ZPageOwners, ...problems },
      },
    },
    (request) => listPageOwners(db, pageEditorOf(request).reach("list")),
  );

  app.post(
    "/api/portal/pages",
    {
      config: { access: requires(portalPagePolicy, "create") },
      schema: { tags, summary: "Create a page (a draft)", body: ZPageInput, response: { 201: ZPage, ...problems } },
    },
    async (request, reply) => reply.code(201).send(await createPage(db, pageEditorOf(request), request.body)),
  );

  app.get(
    "/api/portal/pages/shared",
    {
      config: { access: requires(portalPagePolicy, "create") },
      schema: {
        tags,
        summary: "Published pages of the district and other administrations that the owner may copy",
        querystring: ZSharedPageQuery,
        response: { 200: ZSharedPageList, ...problems },
      },
    },
    (request) =>
      listSharedPages(db, pageEditorOf(request), {
        owner: request.query.owner === "district" ? null : request.query.owner,
        q: request.query.q,
      }),
  );

  app.post(
    "/api/portal/pages/:id/copy",
    {
      config: { access: requires(portalPagePolicy, "create") },
      schema: {
        tags,
        summary: "Copy a published page (or one of the editor's own) into the editor's pages as a draft",
        params: ZPageIdParams,
        body: ZPageCopyInput,
        response: { 201: ZPage, ...problems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await copyPage(db, pageEditorOf(request), request.params.id, request.body)),
  );

  app.get(
    "/api/portal/pages/:id",
    {
      config: { access: requires(portalPagePolicy, "read") },
      schema: {
        tags,
        summary: "A page with its texts in every language and their translation status",
        params: ZPageIdParams,
        response: { 200: ZPage, ...problems },
      },
    },
    (request) => readPage(db, pageEditorOf(request).reach("read"), request.params.id),
  );

  app.put(
    "/api/portal/pages/:id",
    {
      config: { access: requires(portalPagePolicy, "update") },
      schema: {
        tags,
        summary: "Change a page's place in the tree, topic or address, at the version read",
        params: ZPageIdParams,
        body: ZPageUpdate,
        response: { 200: ZPage, ...problems },
      },
    },
    (request) => updatePage(db, pageEditorOf(request), request.params.id, request.body),
  );

  app.put(
    "/api/portal/pages/:id/texts/:language",
    {
      config: { access: requires(portalPagePolicy, "update") },
      schema: {
        tags,
        summary: "Save the page's text in one language as a new version (HTML sanitised)",
        params: ZPageTextParams,
        body: ZPageTextInput,
        response: { 200: ZPage, ...problems },
      },
    },
    (request) => savePageText(db, pageEditorOf(request), request.params.id, request.params.language, request.body),
  );

  app.post(
    "/api/portal/pages/:id/publish",
    {
      config: { access: requires(portalPagePolicy, "publish") },
      schema: {
        tags,
        summary: "Publish the page",
        params: ZPageIdParams,
        body: ZPageVersion,
        response: { 200: ZPage, ...problems },
      },
    },
    (request) => setPageStatus(db, pageEditorOf(request), request.params.id, request.body.version, "published"),
  );

  app.post(
    "/api/portal/pages/:id/unpublish",
    {
      config: { access: requires(portalPagePolicy, "publish") },
      schema: {
        tags,
        summary: "Take the page off the portal (back to draft)",
        params: ZPageIdParams,
        body: ZPageVersion,
        response: { 200: ZPage, ...problems },
      },
    },
    (request) => setPageStatus(db, pageEditorOf(request), request.params.id, request.body.version, "draft"),
  );

  app.get(
    "/api/portal/pages/:id/history",
    {
      config: { access: requires(portalPagePolicy, "read") },
      schema: {
        tags,
        summary: "Every saved version of the page's texts, newest first",
        params: ZPageIdParams,
        response: { 200: ZPageTextHistory, ...problems },
      },
    },
    async (request) => {
      await readPage(db, pageEditorOf(request).reach("read"), request.params.id);
      return listPageHistory(db, request.params.id);
    },
  );
};
