"use client";

import { createContext, type ReactNode, useContext, useId, useState } from "react";

/** Whether the item with this key is shown; everything is when there is no filter around it. */
const ShownContext = createContext<(key: string) => boolean>(() => true);

type Props = { needsWork: string[]; children: ReactNode };

/**
 * "Only missing or outdated" for the labels desk. The filter keeps the items that needed work when
 * it was turned on: one the translator just brought up to date stays on screen with its new state
 * and its "saved" message, instead of vanishing under their hands.
 */
export function LabelFilter({ needsWork, children }: Props) {
  const checkboxId = useId();
  const [kept, setKept] = useState<ReadonlySet<string> | null>(null);
  return (
    <>
      <div className="toolbar-row">
        <input id={checkboxId} type="checkbox" checked={kept !== null} onChange={(event) => setKept(event.target.checked ? new Set(needsWork) : null)} />
        <label htmlFor={checkboxId}>Show only missing or outdated texts ({needsWork.length})</label>
      </div>
      <ShownContext.Provider value={(key) => kept === null || kept.has(key)}>{children}</ShownContext.Provider>
    </>
  );
}

export function FilteredItem({ itemKey, children }: { itemKey: string; children: ReactNode }) {
  const shown = useContext(ShownContext);
  return <li hidden={!shown(itemKey)}>{children}</li>;
}

/** The message of a section whose items the filter all hides. */
export function FilteredOut({ itemKeys, children }: { itemKeys: string[]; children: ReactNode }) {
  const shown = useContext(ShownContext);
  return itemKeys.some(shown) ? null : <p className="empty">{children}</p>;
}
