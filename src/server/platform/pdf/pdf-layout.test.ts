import { describe, expect, it } from "vitest";
import { extractPdfStructure, extractPdfText, listPdfFontNames } from "../../testing/extract-pdf-text.js";
import { isolateLeftToRight, orderRunsVisually, resolveBidiParagraph, splitRuns, toDrawnText } from "./bidi-runs.js";
import { parseInlineMarkdown, parseMarkdownBlocks } from "./inline-markdown.js";
import { createPdfDocument, finishPdfDocument } from "./pdf-document.js";
import { createPdfLayout } from "./pdf-layout.js";

type TEmbeddedFont = {
  font: { postscriptName: string; glyphForCodePoint(codePoint: number): { id: number } };
  subset: { glyphs: number[] };
};

/** pdfkit keeps each embedded font with its fontkit font and the subset of glyphs written so far. */
function findEmbeddedFont(doc: PDFKit.PDFDocument, postscriptName: string): TEmbeddedFont | undefined {
  const families = (doc as unknown as { _fontFamilies: Record<string, TEmbeddedFont> })._fontFamilies;
  return Object.values(families).find((font) => font.font.postscriptName === postscriptName);
}

function drawnOrder(text: string, direction: "ltr" | "rtl"): string[] {
  const paragraph = resolveBidiParagraph([{ text, isBold: false }], direction);
  return orderRunsVisually(splitRuns(paragraph, 0, text.length)).map(toDrawnText);
}

describe("PDF layout in many scripts", () => {
  it("writes Latin and Cyrillic text that a PDF reader extracts, in the Noto fonts", async () => {
    const doc = createPdfDocument({ title: "Test", language: "uk" });
    const layout = createPdfLayout(doc, "ltr");
    layout.heading("Ласкаво просимо до району Оснабрюк");
    layout.paragraph("Bitte melden Sie sich im **Bürgerbüro** an.");
    layout.list(["Krankenversicherung", "Girokonto"]);
    const bytes = await finishPdfDocument(doc);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const [page] = await extractPdfText(bytes);
    expect(page).toContain("Ласкаво просимо до району Оснабрюк");
    expect(page).toContain("Bürgerbüro");
    expect(page).toContain("Girokonto");
    expect(listPdfFontNames(bytes)).toEqual(["NotoSans-Bold", "NotoSans-Regular"]);
  });

  it("shapes Arabic: the joined forms, not the isolated letters, are embedded", async () => {
    const doc = createPdfDocument({ title: "Test", language: "ar" });
    const word = "مرحبا";
    createPdfLayout(doc, "rtl").paragraph(`${word} Landkreis Osnabrück`);
    const arabic = findEmbeddedFont(doc, "NotoSansArabic-Regular");
    const bytes = await finishPdfDocument(doc);
    expect(listPdfFontNames(bytes)).toEqual(["NotoSans-Regular", "NotoSansArabic-Regular"]);
    if (!arabic) throw new Error("the Arabic font was not embedded");
    const isolated = new Set(
      Array.from(word).map((letter) => arabic.font.glyphForCodePoint(letter.codePointAt(0) ?? 0).id),
    );
    const embedded = arabic.subset.glyphs.filter((glyph) => glyph !== 0);
    expect(embedded.some((glyph) => !isolated.has(glyph))).toBe(true);
  });

  it("orders a right-to-left line by the bidi algorithm, left-to-right words kept in one piece", () => {
    // Visual order left to right: the Latin name stands at the left end of the Arabic sentence.
    expect(drawnOrder("مرحبا في Landkreis Osnabrück", "rtl")).toEqual(["Landkreis Osnabrück", " ", "في", " ", "مرحبا"]);
    expect(drawnOrder("Willkommen, Ali", "ltr")).toEqual(["Willkommen, Ali"]);
  });

  it("keeps an isolated phone number in its own order inside Arabic, and mirrors brackets there", () => {
    const order = drawnOrder(`الهاتف ${isolateLeftToRight("0541 000-123")}`, "rtl");
    expect(order.join("")).toBe("0541 000-123 الهاتف");
    expect(drawnOrder("(مرحبا)", "rtl")).toEqual(["(", "مرحبا", ")"]);
  });
});

describe("tagged PDF", () => {
  it("gives every block a structure element whose text is the logical text, Arabic included", async () => {
    const doc = createPdfDocument({ title: "Test", language: "ar" });
    const layout = createPdfLayout(doc, "rtl");
    layout.heading("مرحباً بكم في Landkreis Osnabrück", { level: 1 });
    layout.paragraph(`الهاتف: **${isolateLeftToRight("0541 000-123")}**`);
    layout.list(["التأمين الصحي"]);
    layout.tickBoxes(["نعم", "لا"]);
    layout.paragraph("Zusammenfassung", { direction: "ltr", lang: "de" });
    const bytes = await finishPdfDocument(doc);
    expect(await extractPdfStructure(bytes)).toEqual([
      { role: "Root" },
      { role: "H1", text: "مرحباً بكم في Landkreis Osnabrück" },
      { role: "P", text: "الهاتف: 0541 000-123" },
      { role: "L" },
      { role: "LI" },
      { role: "Lbl", text: "•" },
      { role: "LBody", text: "التأمين الصحي" },
      { role: "P", text: "☐ نعم   ☐ لا" },
      { role: "P", text: "Zusammenfassung", lang: "de" },
    ]);
  });
});

describe("the Markdown of notices and letters", () => {
  it("splits bold spans, paragraphs, headings and lists", () => {
    expect(parseInlineMarkdown("a **b** c")).toEqual([
      { text: "a ", isBold: false },
      { text: "b", isBold: true },
      { text: " c", isBold: false },
    ]);
    expect(parseMarkdownBlocks("# T\n\none\ntwo\n\n- x\n- y\n  more\n\nend")).toEqual([
      { kind: "heading", text: "T" },
      { kind: "paragraph", text: "one two" },
      { kind: "list", items: ["x", "y more"] },
      { kind: "paragraph", text: "end" },
    ]);
  });
});
