import type { TSortDirection } from "./table-rows.js";

type TSortIconProps = { direction: TSortDirection | undefined };

/** Decorative: the header's aria-sort tells assistive technology the same. */
export function SortIcon({ direction }: TSortIconProps) {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M6 1 10 5H2z" fill="currentColor" opacity={direction === "descending" ? 0.25 : 1} />
      <path d="M6 11 2 7h8z" fill="currentColor" opacity={direction === "ascending" ? 0.25 : 1} />
    </svg>
  );
}
