import { useState } from "react";

/**
 * The state of an action that asks first (deleting): whether its dialog is open, whether it runs,
 * and why it failed — a thrown error stays in the dialog instead of closing it.
 */
export function useConfirmAction(onConfirm: () => Promise<unknown>) {
  const [isOpen, setIsOpen] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  function close() {
    setIsOpen(false);
    setFailure(null);
  }

  async function confirm() {
    setIsPending(true);
    setFailure(null);
    try {
      await onConfirm();
      setIsOpen(false);
    } catch (error) {
      setFailure(error);
    } finally {
      setIsPending(false);
    }
  }

  return { isOpen, open: () => setIsOpen(true), close, isPending, failure, confirm };
}
