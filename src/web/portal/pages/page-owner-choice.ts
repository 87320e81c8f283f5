import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { pageOwnersQuery } from "./page-queries.js";

/**
 * Whose pages are shown: the `owner` of the address when the editor keeps it, else the first
 * owner the server names ("district" before units). Kept in the address so links and reloads keep it.
 */
export function usePageOwnerChoice() {
  const owners = useQuery(pageOwnersQuery());
  const [searchParams, setSearchParams] = useSearchParams();
  const items = owners.data?.items ?? [];
  const asked = searchParams.get("owner");
  const owner = items.find((item) => item.owner === asked)?.owner ?? items[0]?.owner;
  return {
    owners,
    owner,
    choose: (next: string) =>
      setSearchParams(
        (current) => {
          current.set("owner", next);
          return current;
        },
        { replace: true },
      ),
  };
}
