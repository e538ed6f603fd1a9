"use client";

import { type ReactNode, useId, useState } from "react";

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
  const [open, setOpen] = useState(initiallyOpen);
  const headingId = useId();
  const contentId = useId();
  const Heading = level === 2 ? "h2" : "h4";
  return (
    <section className={`card disclosure ${open ? "open" : ""} ${className}`} aria-labelledby={headingId}>
      <Heading id={headingId}>
        <button type="button" className="disclosure-toggle" aria-expanded={open} aria-controls={contentId} onClick={() => setOpen(!open)}>
          {heading}
        </button>
      </Heading>
      <div id={contentId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
