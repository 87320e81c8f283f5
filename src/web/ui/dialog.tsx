import { Modal, type ModalRootProps } from "@mantine/core";
import type { ReactNode } from "react";

type TDialogProps = {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  /** Names the close (×) button for screen readers. */
  closeLabel: string;
  size?: ModalRootProps["size"];
  children: ReactNode;
};

/**
 * Mantine's Modal with two accessibility fixes: its header is a <header> inside role=dialog, which
 * axe counts as a second banner landmark (role="none" removes that), and its close button has no
 * name of its own.
 */
export function Dialog({ isOpen, onClose, title, closeLabel, size, children }: TDialogProps) {
  return (
    <Modal.Root opened={isOpen} onClose={onClose} size={size}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="none">
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label={closeLabel} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
