import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * Each page's text as PDF.js reads it (the items joined, any run of white space as one space). Latin and Cyrillic come out as
 * written; Arabic comes out in visual order and through the font's shared glyphs, so tests check
 * Arabic by its font and shaping, not by extracted words.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    // Each run we draw is an item of its own; spaces between them are layout, not text.
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/\s+/gu, " "),
    );
  }
  await pdf.destroy();
  return pages;
}

/** The embedded fonts by PostScript name without the subset prefix (the font dictionaries are not compressed). */
export function listPdfFontNames(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString("latin1");
  return [...new Set([...text.matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/gu)].map((match) => match[1] ?? ""))].sort();
}

type TStructNode = { role?: string; alt?: string; lang?: string; children?: TStructNode[] };

/** The tagged structure as PDF.js reads it: each element's role, its ActualText and language, in document order. */
export async function extractPdfStructure(
  bytes: Uint8Array,
): Promise<{ role: string; text?: string; lang?: string }[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  const elements: { role: string; text?: string; lang?: string }[] = [];
  const walk = (node: TStructNode) => {
    if (node.role) {
      elements.push({
        role: node.role,
        ...(node.alt === undefined ? {} : { text: node.alt }),
        ...(node.lang === undefined ? {} : { lang: node.lang }),
      });
    }
    for (const child of node.children ?? []) walk(child);
  };
  for (let number = 1; number <= pdf.numPages; number += 1) {
    walk((await (await pdf.getPage(number)).getStructTree()) as TStructNode);
  }
  await pdf.destroy();
  return elements;
}
