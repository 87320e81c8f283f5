import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { escapeFormula, formatCsvRow } from "./csv-writer.js";

describe("escapeFormula", () => {
  it.each([
    ['=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'],
    ["+49 541 123", "'+49 541 123"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
  ])("prefixes %j with an apostrophe", (value, escaped) => {
    expect(escapeFormula(value)).toBe(escaped);
  });

  it.each(["person.read", "Müller-Lüdenscheidt", "a=b", " =1", "", "'quoted"])("leaves %j alone", (value) => {
    expect(escapeFormula(value)).toBe(value);
  });
});

describe("formatCsvRow", () => {
  it("writes RFC 4180 records that a CSV parser reads back", () => {
    const cells = ["plain", 'say "hi"', "a,b", "line\nbreak", null, 42, "=1+1", "Ağrı 😀"];
    const text = formatCsvRow(cells) + formatCsvRow(["x"]);
    expect(text).toBe('plain,"say ""hi""","a,b","line\nbreak",,42,\'=1+1,Ağrı 😀\r\nx\r\n');
    expect(parse(text, { relax_column_count: true })).toEqual([
      ["plain", 'say "hi"', "a,b", "line\nbreak", "", "42", "'=1+1", "Ağrı 😀"],
      ["x"],
    ]);
  });

  it("quotes an escaped formula that also holds a separator", () => {
    expect(formatCsvRow(["=A1,B1"])).toBe('"\'=A1,B1"\r\n');
  });
});
