import { escapeHtml } from "../../platform/mail/mail-templates.js";

/** Markup that is already safe; everything else interpolated into `html` is escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type THtmlValue = SafeHtml | string | number | undefined | null | false | readonly THtmlValue[];

function render(value: THtmlValue): string {
  if (value === undefined || value === null || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/**
 * The portal's templates: a tagged template that escapes every interpolated value unless it is
 * SafeHtml (or a list of them), so a name typed into the form can never become markup.
 */
export function html(strings: TemplateStringsArray, ...values: THtmlValue[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, index) => out + render(values[index - 1]) + part));
}

/** Attributes from a record: true writes the bare name, false/undefined leaves it out. */
export function attributes(record: Record<string, string | number | boolean | undefined>): SafeHtml {
  return new SafeHtml(
    Object.entries(record)
      .filter(([, value]) => value !== undefined && value !== false)
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
      .join(""),
  );
}

/**
 * The privacy notice's Markdown as the repository keeps it: paragraphs, "- " lists and **bold**.
 * Escaped first, so the files cannot carry markup either.
 */
export function renderNoticeMarkdown(markdown: string): SafeHtml {
  const blocks = markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const inline = (text: string) => escapeHtml(text).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");
  return new SafeHtml(
    blocks
      .map((block) => {
        const lines = block.split("\n");
        if (lines.every((line) => line.startsWith("- "))) {
          return `<ul>${lines.map((line) => `<li>${inline(line.slice(2))}</li>`).join("")}</ul>`;
        }
        return `<p>${inline(lines.join(" "))}</p>`;
      })
      .join("\n"),
  );
}
