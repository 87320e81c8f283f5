import {
  orderRunsVisually,
  resolveBidiParagraph,
  splitRuns,
  type TBidiParagraph,
  type TTextDirection,
  toDrawnText,
} from "./bidi-runs.js";
import { parseInlineMarkdown, parseMarkdownBlocks, type TStyledText } from "./inline-markdown.js";

export type TBlockOptions = {
  size?: number;
  direction?: TTextDirection;
  /** Space below the block, in points. */
  gap?: number;
  color?: string;
  /** A block in another language than the document (the German summary), for screen readers. */
  lang?: string;
};

type TStructure = PDFKit.PDFStructureElement;

/** Marks and isolates steer the layout; the text a reader copies or hears has none of them. */
function toReadableText(text: string): string {
  return text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, "");
}

const bodySize = 10.5;
const lineFactor = 1.45;

/**
 * A small flowing layout on a pdfkit document: headings, paragraphs with **bold**, lists, Markdown
 * bodies, tick boxes and signature lines. Text is broken into lines by us (not by pdfkit), because
 * each line must then be ordered by the Unicode Bidirectional Algorithm and drawn run by run, each
 * run in the font of its script; right-to-left blocks are right-aligned.
 *
 * The PDF is tagged: every block is a structure element (H1, H2, P, L/LI/Lbl/LBody) whose
 * ActualText is its logical text, so screen readers, search and copy get Arabic in reading order
 * and with its real letters (drawn lines are in visual order, and Noto's shaped glyphs are shared
 * between letters); boxes, rules and bullets are artifacts.
 */
export function createPdfLayout(doc: PDFKit.PDFDocument, direction: TTextDirection) {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  let y = doc.page.margins.top;

  /** Draws decoration that is not content (rules, boxes, lines to write on). */
  function drawArtifact(draw: () => void) {
    doc.markContent("Artifact");
    draw();
    doc.endMarkedContent();
  }

  /** A structure element, in the given parent or at the top of the document's structure. */
  function openElement(role: string, parent: TStructure | undefined, text?: string, lang?: string): TStructure {
    const element = doc.struct(role, {
      ...(text === undefined ? {} : { actual: toReadableText(text) }),
      ...(lang ? { lang } : {}),
    });
    if (parent) parent.add(element);
    else doc.addStructure(element);
    return element;
  }

  function ensureSpace(height: number) {
    if (y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
  }

  function measure(paragraph: TBidiParagraph, start: number, end: number, size: number): number {
    return splitRuns(paragraph, start, end).reduce(
      (width, run) => width + doc.font(run.font).fontSize(size).widthOfString(run.text),
      0,
    );
  }

  /**
   * Greedy line breaking at spaces (and explicit line breaks): [start, end) per line, without the
   * spaces. Each word and each gap is measured once (shaping Arabic is the costly part); words do
   * not join across a space, so a line is as wide as its words and gaps added up.
   */
  function breakLines(paragraph: TBidiParagraph, width: number, size: number): [number, number][] {
    const lines: [number, number][] = [];
    for (const hardLine of paragraph.text.matchAll(/[^\n]+/gu)) {
      const words = [...hardLine[0].matchAll(/\S+/gu)].map((word) => {
        const start = hardLine.index + word.index;
        const end = start + word[0].length;
        return { start, end, width: measure(paragraph, start, end, size) };
      });
      let current: { start: number; end: number; width: number } | undefined;
      for (const word of words) {
        const gap = current ? measure(paragraph, current.end, word.start, size) : 0;
        if (current && current.width + gap + word.width <= width) {
          current = { start: current.start, end: word.end, width: current.width + gap + word.width };
        } else {
          if (current) lines.push([current.start, current.end]);
          current = word;
        }
      }
      if (current) lines.push([current.start, current.end]);
    }
    return lines;
  }

  function writeStyled(
    pieces: readonly TStyledText[],
    options: TBlockOptions,
    { indent = 0, role = "P", parent }: { indent?: number; role?: string; parent?: TStructure } = {},
  ): void {
    const size = options.size ?? bodySize;
    const blockDirection = options.direction ?? direction;
    const paragraph = resolveBidiParagraph(pieces, blockDirection);
    const from = blockDirection === "rtl" ? left : left + indent;
    const to = blockDirection === "rtl" ? right - indent : right;
    const lineHeight = size * lineFactor;
    const element = openElement(role, parent, paragraph.text, options.lang);
    doc.fillColor(options.color ?? "#111111");
    for (const line of breakLines(paragraph, to - from, size)) {
      ensureSpace(lineHeight);
      element.add(() => drawLine(paragraph, line, from, to, size, blockDirection));
      y += lineHeight;
    }
    element.end();
    y += options.gap ?? size * 0.6;
    doc.fillColor("#111111");
  }

  function drawLine(
    paragraph: TBidiParagraph,
    line: [number, number],
    from: number,
    to: number,
    size: number,
    blockDirection: TTextDirection,
  ) {
    const runs = orderRunsVisually(splitRuns(paragraph, line[0], line[1]));
    const width = measure(paragraph, line[0], line[1], size);
    let x = blockDirection === "rtl" ? to - width : from;
    for (const run of runs) {
      doc.font(run.font).fontSize(size);
      const text = toDrawnText(run);
      // One baseline for every font: the Arabic font's taller ascender would lift Latin runs otherwise.
      doc.text(text, x, y + size, { lineBreak: false, baseline: "alphabetic" });
      x += doc.widthOfString(text);
    }
  }

  const layout = {
    /** Level 1 is the document's title, level 2 its sections. */
    heading(text: string, options: TBlockOptions & { level?: 1 | 2 } = {}) {
      const { level = 2, ...block } = options;
      ensureSpace((block.size ?? 14) * 3);
      y += 4;
      writeStyled([{ text, isBold: true }], { size: 14, gap: 6, ...block }, { role: `H${level}` });
    },

    /** A paragraph of inline Markdown (`**bold**`). */
    paragraph(text: string, options: TBlockOptions = {}) {
      writeStyled(parseInlineMarkdown(text), options);
    },

    /** Lines set close together (an address, a contact block). */
    lines(texts: readonly string[], options: TBlockOptions = {}) {
      texts.forEach((text, index) => {
        writeStyled(parseInlineMarkdown(text), { ...options, gap: index === texts.length - 1 ? options.gap : 0 });
      });
    },

    list(items: readonly string[], options: TBlockOptions = {}) {
      const size = options.size ?? bodySize;
      const blockDirection = options.direction ?? direction;
      const list = openElement("L", undefined, undefined, options.lang);
      for (const item of items) {
        ensureSpace(size * lineFactor);
        const listItem = openElement("LI", list);
        const bulletX = blockDirection === "rtl" ? right - 8 : left + 4;
        openElement("Lbl", listItem, "•")
          .add(() => {
            doc
              .font("latin-regular")
              .fontSize(size)
              .text("•", bulletX, y + size, { lineBreak: false, baseline: "alphabetic" });
          })
          .end();
        writeStyled(
          parseInlineMarkdown(item),
          { ...options, gap: size * 0.3 },
          { indent: 18, role: "LBody", parent: listItem },
        );
        listItem.end();
      }
      list.end();
      y += size * 0.3;
    },

    /** A Markdown body: headings, paragraphs and "- " lists. */
    markdown(body: string, options: TBlockOptions = {}) {
      for (const block of parseMarkdownBlocks(body)) {
        if (block.kind === "heading") layout.heading(block.text, { ...options, size: 12 });
        else if (block.kind === "paragraph") layout.paragraph(block.text, options);
        else layout.list(block.items, options);
      }
    },

    /** Empty boxes with a label each, in a row (ticked by hand on the printed form). */
    tickBoxes(labels: readonly string[], options: TBlockOptions = {}) {
      const size = options.size ?? bodySize;
      ensureSpace(size * 2.2);
      const box = size * 1.1;
      const row = openElement("P", undefined, labels.map((label) => `☐ ${label}`).join("   "));
      let x = direction === "rtl" ? right : left + 18;
      for (const label of labels) {
        const paragraph = resolveBidiParagraph([{ text: label, isBold: false }], direction);
        const width = measure(paragraph, 0, label.length, size);
        const boxX = direction === "rtl" ? x - box : x;
        const boxY = y;
        drawArtifact(() => doc.lineWidth(0.8).rect(boxX, boxY, box, box).stroke());
        const textFrom = direction === "rtl" ? boxX - 6 - width : boxX + box + 6;
        row.add(() => drawLine(paragraph, [0, label.length], textFrom, textFrom + width, size, "ltr"));
        x = direction === "rtl" ? textFrom - 28 : textFrom + width + 28;
      }
      row.end();
      y += size * 2.2;
    },

    /** Lines to write on, side by side, each with its caption below. */
    writingLines(captions: readonly string[], options: TBlockOptions = {}) {
      const size = options.size ?? 9;
      ensureSpace(size * 6);
      y += size * 2.5;
      const gapBetween = 24;
      const width = (right - left - gapBetween * (captions.length - 1)) / captions.length;
      const ordered = direction === "rtl" ? [...captions].reverse() : captions;
      ordered.forEach((caption, index) => {
        const from = left + index * (width + gapBetween);
        const lineY = y;
        drawArtifact(() =>
          doc
            .lineWidth(0.6)
            .moveTo(from, lineY)
            .lineTo(from + width, lineY)
            .stroke(),
        );
        if (caption === "") return;
        const paragraph = resolveBidiParagraph([{ text: caption, isBold: false }], direction);
        y += 3;
        openElement("P", undefined, caption)
          .add(() => drawLine(paragraph, [0, caption.length], from, from + width, size, direction))
          .end();
        y = lineY;
      });
      y += size * 3;
    },

    /** Goes on on a new page. */
    pageBreak() {
      doc.addPage();
      y = doc.page.margins.top;
    },

    /** A thin rule across the page. */
    rule() {
      ensureSpace(12);
      const ruleY = y;
      drawArtifact(() =>
        doc
          .lineWidth(0.5)
          .strokeColor("#888888")
          .moveTo(left, ruleY)
          .lineTo(right, ruleY)
          .stroke()
          .strokeColor("#111111"),
      );
      y += 10;
    },
  };
  return layout;
}

export type TPdfLayout = ReturnType<typeof createPdfLayout>;
