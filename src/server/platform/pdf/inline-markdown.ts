/** A piece of text in one weight. */
export type TStyledText = { text: string; isBold: boolean };

/** The blocks our Markdown texts use: headings, paragraphs and "- " lists (privacy notices, letters). */
export type TMarkdownBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] };

/** Splits `**bold**` spans out of a line; an unpaired `**` stays as it is written. */
export function parseInlineMarkdown(line: string): TStyledText[] {
  const pieces: TStyledText[] = [];
  const pattern = /\*\*(.+?)\*\*/gu;
  let last = 0;
  for (const match of line.matchAll(pattern)) {
    if (match.index > last) pieces.push({ text: line.slice(last, match.index), isBold: false });
    pieces.push({ text: match[1] ?? "", isBold: true });
    last = match.index + match[0].length;
  }
  if (last < line.length) pieces.push({ text: line.slice(last), isBold: false });
  return pieces;
}

/** Blocks separated by blank lines; consecutive "- " lines form one list, "# " and "## " lines are headings. */
export function parseMarkdownBlocks(markdown: string): TMarkdownBlock[] {
  const blocks: TMarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
    if (list.length > 0) blocks.push({ kind: "list", items: list });
    paragraph = [];
    list = [];
  };
  for (const raw of markdown.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      flush();
    } else if (/^#{1,3} /u.test(line)) {
      flush();
      blocks.push({ kind: "heading", text: line.replace(/^#+ /u, "") });
    } else if (line.startsWith("- ")) {
      if (paragraph.length > 0) flush();
      list.push(line.slice(2));
    } else if (list.length > 0) {
      // A continuation line of the last list item.
      list[list.length - 1] = `${list[list.length - 1]} ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
