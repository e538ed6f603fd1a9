"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";
import "./writing.css";

type Props = { open: boolean; onClose: () => void; title: string; children: ReactNode };

/**
 * A modal on the native <dialog>: the browser keeps focus inside it, closes it on Escape and
 * gives focus back to what opened it.
 */
export function ModalDialog({ open, onClose, title, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="modal" aria-labelledby={titleId} onClose={onClose}>
      <div className="modal-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
