import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { ZDuplicateCandidates } from "../../common/arrival/duplicate-schemas.js";
import { type THouseholdChange, ZHousehold } from "../../common/arrival/household-schemas.js";
import { ZPersonMergeEntry, ZPersonMergeResult } from "../../common/arrival/merge-schemas.js";
import { type TPersonMove, ZPersonMoveEntry, ZResidenceHistory } from "../../common/arrival/move-schemas.js";
import type { TPersonInputParsed } from "../../common/arrival/person-input-schemas.js";
import { type TPersonListQuery, ZPerson, ZPersonList } from "../../common/arrival/person-schemas.js";
import { ZFirstContactWorklist } from "../../common/arrival/worklist-schemas.js";
import { requestJson } from "../api/api-client.js";
import type { TPersonListFilters } from "./person-list-filters.js";

export type TPersonSort = TPersonListQuery["sort"];
export type TPersonsFilter = TPersonListFilters & {
  search?: string;
  municipalityAgs?: string;
  sort: TPersonSort;
  page: number;
};

export const personsPageSize = 25;

function toSearch(filter: TPersonsFilter): string {
  const search = new URLSearchParams({
    sort: filter.sort,
    page: String(filter.page),
    pageSize: String(personsPageSize),
  });
  if (filter.search) search.set("search", filter.search);
  for (const key of ["municipalityAgs", "nationality", "language", "status", "arrivedFrom", "arrivedUntil"] as const) {
    const value = filter[key];
    if (value) search.set(key, value);
  }
  return `?${search}`;
}

/** The persons the signed-in user may see, searched, sorted and paged by the server. */
export const personsQuery = (filter: TPersonsFilter) =>
  queryOptions({
    queryKey: ["persons", "list", filter],
    queryFn: ({ signal }) => requestJson(`/api/persons${toSearch(filter)}`, ZPersonList, { signal }),
    placeholderData: keepPreviousData,
  });

/** One person's whole record; the server records the read in the audit trail. */
export const personQuery = (id: string) =>
  queryOptions({
    queryKey: ["persons", "detail", id],
    queryFn: ({ signal }) => requestJson(`/api/persons/${encodeURIComponent(id)}`, ZPerson, { signal }),
  });

/** Registers a person; the new record is put into the cache, so the file opens without a second read. */
export function useRegisterPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TPersonInputParsed) => requestJson("/api/persons", ZPerson, { method: "POST", body }),
    onSuccess: async (person) => {
      queryClient.setQueryData(personQuery(person.id).queryKey, person);
      await queryClient.invalidateQueries({ queryKey: ["persons", "list"] });
    },
  });
}

export type TDuplicateProbe = {
  givenName: string;
  familyName: string;
  birthYear?: number;
  birthMonth?: number;
  birthDay?: number;
  /** Leave this record out: its own file asks for the others. */
  excludeId?: string;
};

/** Likely existing records of a name being registered (search before create), scored by the server. */
export const duplicateCandidatesQuery = (probe: TDuplicateProbe) =>
  queryOptions({
    queryKey: ["persons", "duplicates", probe],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({ givenName: probe.givenName, familyName: probe.familyName });
      if (probe.excludeId) search.set("excludeId", probe.excludeId);
      for (const key of ["birthYear", "birthMonth", "birthDay"] as const) {
        const value = probe[key];
        if (value !== undefined) search.set(key, String(value));
      }
      return requestJson(`/api/persons/duplicate-candidates?${search}`, ZDuplicateCandidates, { signal });
    },
    placeholderData: keepPreviousData,
  });

/** The merges a record took part in, newest first, each saying whether it can still be undone. */
export const mergesQuery = (personId: string) =>
  queryOptions({
    queryKey: ["persons", "merges", personId],
    queryFn: ({ signal }) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/merges`, z.array(ZPersonMergeEntry), { signal }),
  });

/** Merges another record into this one; everything about persons is read again afterwards. */
export function useMergePerson(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (otherId: string) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/merges`, ZPersonMergeResult, {
        method: "POST",
        body: { otherId },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["persons"] }),
  });
}

export function useUndoMerge(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mergeId: string) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/merges/${encodeURIComponent(mergeId)}/undo`, ZPerson, {
        method: "POST",
        body: {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["persons"] }),
  });
}

/** The household as far as the user may see it, with ages and age groups. */
export const householdQuery = (personId: string) =>
  queryOptions({
    queryKey: ["persons", "household", personId],
    queryFn: ({ signal }) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/household`, ZHousehold, { signal }),
  });

/** Where the person lived when, and the moves with their handover notes. */
export const residenceHistoryQuery = (personId: string) =>
  queryOptions({
    queryKey: ["persons", "moves", personId],
    queryFn: ({ signal }) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/moves`, ZResidenceHistory, { signal }),
  });

export function useRecordMove(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (move: TPersonMove) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/moves`, ZPersonMoveEntry, {
        method: "POST",
        body: move,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["persons"] }),
  });
}

/** Corrects a record with the whole form (the server merges and checks it as a whole). */
export function useUpdatePerson(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TPersonInputParsed) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}`, ZPerson, { method: "PATCH", body }),
    onSuccess: async (person) => {
      queryClient.setQueryData(personQuery(person.id).queryKey, person);
      await queryClient.invalidateQueries({ queryKey: ["persons"] });
    },
  });
}

/** Newcomers waiting for a first contact, longest wait first. */
export const firstContactWorklistQuery = (page: number) =>
  queryOptions({
    queryKey: ["persons", "first-contact-worklist", page],
    queryFn: ({ signal }) =>
      requestJson(
        `/api/persons/first-contact-worklist?page=${page}&pageSize=${personsPageSize}`,
        ZFirstContactWorklist,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });

/** Records today as the day of the first contact (a patch of that one field). */
export function useRecordFirstContact(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (day: string) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}`, ZPerson, {
        method: "PATCH",
        body: { firstContactOn: day },
      }),
    onSuccess: async (person) => {
      queryClient.setQueryData(personQuery(person.id).queryKey, person);
      await queryClient.invalidateQueries({ queryKey: ["persons"] });
    },
  });
}

/** Joins another person's household (null: leaves it); the household of everyone concerned is read again. */
export function useChangeHousehold(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: THouseholdChange) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/household`, ZHousehold, {
        method: "PUT",
        body: change,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["persons"] }),
  });
}
