"use client";

import { type ReactNode, useId, useState } from "react";

/** Whether a folded part is open, with the props of the button that opens it and of what it shows. */
function useFold(initiallyOpen: boolean) {
  const [open, setOpen] = useState(initiallyOpen);
  const contentId = useId();
  return {
    open,
    button: { type: "button", className: "disclosure-toggle", "aria-expanded": open, "aria-controls": contentId, onClick: () => setOpen(!open) } as const,
    content: { id: contentId, hidden: !open },
  };
}

type Props = {
  /** The heading, which is also the button that shows and hides the content. */
  heading: string;
  level: 2 | 4;
  initiallyOpen: boolean;
  className?: string;
  children: ReactNode;
};

/**
 * A card whose content folds away behind its heading (the disclosure pattern: a button in the heading
 * that says whether it is expanded), so a long panel need not push the work below it off the screen.
 */
export function Disclosure({ heading, level, initiallyOpen, className = "", children }: Props) {
  const fold = useFold(initiallyOpen);
  const headingId = useId();
  const Heading = level === 2 ? "h2" : "h4";
  return (
    <section className={`card disclosure ${fold.open ? "open" : ""} ${className}`} aria-labelledby={headingId}>
      <Heading id={headingId}>
        <button {...fold.button}>{heading}</button>
      </Heading>
      <div {...fold.content}>{children}</div>
    </section>
  );
}

/**
 * A part of a panel folded behind a button, closed at first. The editor's pages use this rather than `<details>`:
 * a closed `<details>` locks its content out of rendering, and while any such lock is on a page Chromium checks
 * every node it walks for one, the caret's offsets on each keystroke included (in a long article that was a third
 * of a key's time; bench/editor.bench.ts). `hidden` takes the content out of rendering without a lock.
 */
export function Fold({ label, className = "", children }: { label: ReactNode; className?: string; children: ReactNode }) {
  const fold = useFold(false);
  return (
    <div className={`fold ${className}`}>
      <button {...fold.button}>{label}</button>
      <div {...fold.content}>{children}</div>
    </div>
  );
}
