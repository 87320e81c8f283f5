import PDFDocument from "pdfkit";
import { pdfFontData, type TPdfFontName } from "./pdf-fonts.js";

export type TPdfMetadata = { title: string; language: string };

/**
 * An A4 document, tagged, with our fonts registered and the metadata set (title, language: screen
 * readers and PDF/UA checkers read both). Nothing is fetched: the fonts come from node_modules.
 */
export function createPdfDocument({ title, language }: TPdfMetadata): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 62, right: 62 },
    lang: language,
    displayTitle: true,
    // Tagged (structure tree, ActualText) needs PDF 1.4 or newer; 1.7 is what PDF/UA builds on.
    tagged: true,
    pdfVersion: "1.7",
    info: { Title: title, Creator: "KommMit", Producer: "KommMit" },
    bufferPages: false,
  });
  for (const [name, data] of Object.entries(pdfFontData)) doc.registerFont(name, data);
  doc.font("latin-regular" satisfies TPdfFontName);
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function finishPdfDocument(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}
