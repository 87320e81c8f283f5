import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { TCaseStatus } from "../../../common/counselling/case-schemas.js";
import { type TCaseloadView, ZCaseload } from "../../../common/counselling/caseload-schemas.js";
import { requestJson } from "../../api/api-client.js";

export type TCaseloadFilter = {
  view: TCaseloadView;
  status?: TCaseStatus | "none";
  fieldOfAction?: string;
  page: number;
};

export const caseloadPageSize = 25;

export const caseloadQuery = (filter: TCaseloadFilter) =>
  queryOptions({
    queryKey: ["caseload", filter],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({
        view: filter.view,
        page: String(filter.page),
        pageSize: String(caseloadPageSize),
      });
      if (filter.status) search.set("status", filter.status);
      if (filter.fieldOfAction) search.set("fieldOfAction", filter.fieldOfAction);
      return requestJson(`/api/counselling/caseload?${search}`, ZCaseload, { signal });
    },
    placeholderData: keepPreviousData,
  });
