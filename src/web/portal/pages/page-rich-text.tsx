import "@mantine/tiptap/styles.css";
import { Input } from "@mantine/core";
import { Link, RichTextEditor, type RichTextEditorLabels } from "@mantine/tiptap";
import Image from "@tiptap/extension-image";
import { useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { directionOf, type TContentLanguage } from "../../../common/portal/portal-content.js";

type TPageRichTextProps = {
  label: string;
  /** The HTML the editor starts with; it keeps its own state afterwards (re-mount it to start over). */
  initialHtml: string;
  onChange: (html: string) => void;
  language: TContentLanguage;
  error?: string;
  description?: string;
  /** Further toolbar controls, e.g. inserting an image from the media library. */
  extraControls?: ReactNode;
};

/**
 * Only what the server's sanitiser keeps (src/server/portal/pages/sanitise-page-html.ts): h2 and h3
 * below the page's own h1, paragraphs, bold, italic, lists, links, and images of the media library
 * with their alt text. Links carry nothing but href.
 */
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: false,
  }),
  Link.configure({
    openOnClick: false,
    protocols: ["http", "https", "mailto", "tel"],
    HTMLAttributes: { target: null, rel: null },
  }),
  Image.configure({ inline: false, allowBase64: false }),
];

function useToolbarLabels(): Partial<RichTextEditorLabels> {
  const { t } = useTranslation();
  return {
    boldControlLabel: t("portal.pages.editor.bold"),
    italicControlLabel: t("portal.pages.editor.italic"),
    h2ControlLabel: t("portal.pages.editor.heading2"),
    h3ControlLabel: t("portal.pages.editor.heading3"),
    bulletListControlLabel: t("portal.pages.editor.bulletList"),
    orderedListControlLabel: t("portal.pages.editor.orderedList"),
    linkControlLabel: t("portal.pages.editor.link"),
    unlinkControlLabel: t("portal.pages.editor.unlink"),
    undoControlLabel: t("portal.pages.editor.undo"),
    redoControlLabel: t("portal.pages.editor.redo"),
    linkEditorInputLabel: t("portal.pages.editor.linkAddress"),
    linkEditorInputPlaceholder: "https://…",
    linkEditorExternalLink: t("portal.pages.editor.linkExternal"),
    linkEditorInternalLink: t("portal.pages.editor.linkInternal"),
    linkEditorSave: t("portal.pages.editor.linkSave"),
  };
}

/** A page's body as rich text (tiptap in Mantine's frame), labelled like a form field, in the text's language and direction. */
export function PageRichText({
  label,
  initialHtml,
  onChange,
  language,
  error,
  description,
  extraControls,
}: TPageRichTextProps) {
  const { t } = useTranslation();
  const labels = useToolbarLabels();
  const labelId = useId();
  const descriptionId = useId();
  const errorId = useId();
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(" ");
  const editor = useEditor({
    extensions,
    content: initialHtml,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        "aria-required": "true",
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(error ? { "aria-invalid": "true" } : {}),
        lang: language,
        dir: directionOf(language),
      },
    },
    onUpdate: ({ editor: changed }) => onChange(changed.isEmpty ? "" : changed.getHTML()),
  });
  return (
    <div>
      <Input.Label id={labelId} required onClick={() => editor?.commands.focus()}>
        {label}
      </Input.Label>
      {description ? <Input.Description id={descriptionId}>{description}</Input.Description> : null}
      <RichTextEditor editor={editor} labels={labels} mt={4}>
        <RichTextEditor.Toolbar role="toolbar" aria-label={t("portal.pages.editor.toolbar")}>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
          {extraControls ? <RichTextEditor.ControlsGroup>{extraControls}</RichTextEditor.ControlsGroup> : null}
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content />
      </RichTextEditor>
      {error ? (
        <Input.Error id={errorId} mt={4}>
          {error}
        </Input.Error>
      ) : null}
    </div>
  );
}
