export type TColumn = { header: string; isNumeric?: boolean };

/**
 * A Markdown pipe table padded to align in a terminal, so the same text reads well in a shell and
 * pastes unchanged into docs. Numeric columns are right-aligned.
 */
export function formatTable(columns: TColumn[], rows: string[][]): string {
  const widths = columns.map((column, index) =>
    Math.max(3, column.header.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const formatRow = (cells: string[]) =>
    `| ${columns
      .map((column, index) => {
        const cell = cells[index] ?? "";
        const width = widths[index] ?? 0;
        return column.isNumeric ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(" | ")} |`;
  const separator = `|${columns
    .map((column, index) => {
      const dashes = "-".repeat(widths[index] ?? 0);
      return column.isNumeric ? ` ${dashes.slice(1)}: ` : ` ${dashes} `;
    })
    .join("|")}|`;
  return [formatRow(columns.map((column) => column.header)), separator, ...rows.map(formatRow)].join("\n");
}

/** Milliseconds with three significant digits: 0.0412, 0.412, 4.12, 41.2, 412. */
export function formatMilliseconds(value: number): string {
  if (!Number.isFinite(value)) return "–";
  if (value >= 100) return value.toFixed(0);
  return value.toPrecision(3);
}

export function formatThroughput(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return "–";
  return Math.round(perSecond).toLocaleString("en-US");
}

export function formatMegabytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "–";
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

export function formatRatio(ratio: number | undefined): string {
  return ratio === undefined ? "–" : `${ratio.toFixed(2)}×`;
}
