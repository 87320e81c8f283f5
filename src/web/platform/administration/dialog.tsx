import { Modal } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type TDialogProps = { title: string; isOpen: boolean; onClose: () => void; children: ReactNode };

/**
 * Mantine's modal with two accessibility fixes: its <header> would be a second banner landmark
 * inside role=dialog (so it is presentation only), and its close button gets a name.
 */
export function Dialog({ title, isOpen, onClose, children }: TDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal.Root opened={isOpen} onClose={onClose}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="presentation">
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t("administration.close")} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
