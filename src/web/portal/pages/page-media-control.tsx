import { Anchor, Button, Checkbox, Group, Image, Radio, Stack, Text, TextInput } from "@mantine/core";
import { RichTextEditor, useRichTextEditorContext } from "@mantine/tiptap";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TPortalMedia } from "../../../common/portal/media-schemas.js";
import { Dialog } from "../../ui/dialog.js";
import { LoadingState } from "../../ui/loading-state.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { mediaListQuery } from "../media/media-queries.js";

const isImage = (media: TPortalMedia) => media.mediaType.startsWith("image/");

type TPickerProps = { owner: string; onInsert: (media: TPortalMedia, alt: string) => void };

/**
 * The owner's images (the newest fifty) to choose from, and the text that describes the chosen one:
 * required, unless it is marked as decoration (then alt=""), since the portal keeps no image without
 * an alt attribute.
 */
function MediaPicker({ owner, onInsert }: TPickerProps) {
  const { t } = useTranslation();
  const media = useQuery(mediaListQuery(owner, 1));
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [alt, setAlt] = useState("");
  const [isDecorative, setIsDecorative] = useState(false);
  const [errors, setErrors] = useState<{ image?: string; alt?: string }>({});
  if (media.isPending) return <LoadingState />;
  if (media.isError) return <ProblemAlert error={media.error} onRetry={() => void media.refetch()} />;
  const images = media.data.items.filter(isImage);
  if (images.length === 0) {
    return (
      <Stack gap="xs">
        <Text>{t("portal.pages.media.empty")}</Text>
        <Anchor component={Link} to={`/portal/media?owner=${encodeURIComponent(owner)}`}>
          {t("portal.pages.media.toLibrary")}
        </Anchor>
      </Stack>
    );
  }

  function submit(event: FormEvent) {
    // The dialog is portalled out of the page's form in the DOM, not in React's tree: its submit
    // would bubble to the page form and save the page.
    event.preventDefault();
    event.stopPropagation();
    const chosen = images.find((image) => image.id === chosenId);
    const text = alt.trim();
    const found = {
      ...(chosen ? {} : { image: t("portal.pages.media.chooseImage") }),
      ...(isDecorative || text ? {} : { alt: t("portal.pages.media.altMissing") }),
    };
    setErrors(found);
    if (chosen && (isDecorative || text)) onInsert(chosen, isDecorative ? "" : text);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Radio.Group
          label={t("portal.pages.media.image")}
          value={chosenId}
          onChange={setChosenId}
          error={errors.image}
          required
        >
          <Stack gap="xs" mt="xs">
            {images.map((image) => (
              <Group key={image.id} gap="sm" wrap="nowrap">
                <Radio value={image.id} label={image.fileName} />
                <Image src={image.url} alt="" h={48} w={72} fit="contain" />
              </Group>
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          label={t("portal.pages.media.alt")}
          description={t("portal.pages.media.altHint")}
          value={alt}
          onChange={(event) => setAlt(event.currentTarget.value)}
          disabled={isDecorative}
          error={errors.alt}
          required={!isDecorative}
        />
        <Checkbox
          label={t("portal.pages.media.decorative")}
          checked={isDecorative}
          onChange={(event) => setIsDecorative(event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button type="submit">{t("portal.pages.media.insertButton")}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A toolbar control that inserts an image of the owner's media library at the cursor. */
export function PageMediaControl({ owner }: { owner: string }) {
  const { t } = useTranslation();
  const { editor } = useRichTextEditorContext();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <RichTextEditor.Control
        onClick={() => setIsOpen(true)}
        aria-label={t("portal.pages.media.insert")}
        title={t("portal.pages.media.insert")}
        px="xs"
        w="auto"
      >
        {t("portal.pages.media.control")}
      </RichTextEditor.Control>
      <Dialog
        isOpen={isOpen}
        onClose={() => setIsOpen(false)}
        title={t("portal.pages.media.title")}
        closeLabel={t("portal.pages.close")}
      >
        <MediaPicker
          owner={owner}
          onInsert={(media, alt) => {
            editor?.chain().focus().setImage({ src: media.url, alt }).run();
            setIsOpen(false);
          }}
        />
      </Dialog>
    </>
  );
}
