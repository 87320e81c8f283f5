import { describe, expect, it } from "vitest";
import { formatMegabytes, formatMilliseconds, formatRatio, formatTable, formatThroughput } from "./table.js";

describe("formatTable", () => {
  it("pads cells into an aligned Markdown table, numbers to the right", () => {
    const table = formatTable(
      [{ header: "scenario" }, { header: "p50 ms", isNumeric: true }],
      [
        ["healthz", "0.412"],
        ["list", "12.0"],
      ],
    );
    expect(table.split("\n")).toEqual([
      "| scenario | p50 ms |",
      "| -------- | -----: |",
      "| healthz  |  0.412 |",
      "| list     |   12.0 |",
    ]);
  });

  it("fills missing cells with blanks", () => {
    expect(formatTable([{ header: "a" }, { header: "b" }], [["x"]]).split("\n")[2]).toBe("| x   |     |");
  });
});

describe("number formatting", () => {
  it("keeps three significant digits for latencies", () => {
    expect(formatMilliseconds(0.041234)).toBe("0.0412");
    expect(formatMilliseconds(4.1234)).toBe("4.12");
    expect(formatMilliseconds(412.3)).toBe("412");
    expect(formatMilliseconds(Number.NaN)).toBe("–");
  });

  it("formats throughput, memory and ratios", () => {
    expect(formatThroughput(12345.6)).toBe("12,346");
    expect(formatMegabytes(256 * 1024 * 1024)).toBe("256 MB");
    expect(formatRatio(1.456)).toBe("1.46×");
    expect(formatRatio(undefined)).toBe("–");
  });
});
