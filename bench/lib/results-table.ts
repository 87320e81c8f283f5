import type { TSideMeasurement } from "./measure.js";
import type { TScenarioResult } from "./results-file.js";
import { formatMegabytes, formatMilliseconds, formatRatio, formatTable, formatThroughput } from "./table.js";

const columns = [
  { header: "scenario" },
  { header: "conns", isNumeric: true },
  { header: "side" },
  { header: "p50 ms", isNumeric: true },
  { header: "p95 ms", isNumeric: true },
  { header: "req/s", isNumeric: true },
  { header: "peak RSS", isNumeric: true },
  { header: "p50 ×", isNumeric: true },
  { header: "p95 ×", isNumeric: true },
  { header: "req/s ×", isNumeric: true },
];

/** Two rows per scenario: KommMit with the ratios against its baseline, then the baseline itself. */
export function formatResultsTable(results: TScenarioResult[]): string {
  const rows = results.flatMap((result) => [
    [
      result.name,
      String(result.connections),
      ...formatSide(result.subject),
      formatRatio(result.ratios.p50),
      formatRatio(result.ratios.p95),
      formatRatio(result.ratios.throughput),
    ],
    ["", "", ...formatSide(result.baseline), "", "", ""],
  ]);
  return formatTable(columns, rows);
}

function formatSide(side: TSideMeasurement): string[] {
  return [
    side.label,
    formatMilliseconds(side.latency.p50Ms),
    formatMilliseconds(side.latency.p95Ms),
    formatThroughput(side.requestsPerSecond),
    formatMegabytes(side.peakRssBytes),
  ];
}
