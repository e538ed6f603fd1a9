"use client";

import { type Mentionable, type MentionKind } from "@rightsdesk/domain";

export const MENTION_LIST_ID = "mention-suggestions";
export const mentionOptionId = (index: number) => `${MENTION_LIST_ID}-${index}`;

const KIND_LABELS: Record<MentionKind, string> = { person: "Person", case: "Case", organisation: "Organisation" };

export type MentionListProps = {
  query: string;
  items: Mentionable[];
  active: number;
  loading: boolean;
  problem: string | null;
  onPick: (item: Mentionable) => void;
};

/**
 * The @ popup. Focus stays in the text, which points at the active option (aria-activedescendant);
 * the arrow keys, Enter and Escape are handled by the editor (see mention-suggestion.ts).
 */
export function MentionList({ query, items, active, loading, problem, onPick }: MentionListProps) {
  const status = problem ?? (query === "" ? "Type a name to mention a person, case or organisation." : loading ? "Searching…" : items.length === 0 ? `Nothing in the registry matches “${query}”.` : null);
  return (
    <div className="mention-popup">
      {status && (
        <p role="status" className={problem ? "mention-status error" : "mention-status"}>
          {status}
        </p>
      )}
      {items.length > 0 && (
        <ul id={MENTION_LIST_ID} role="listbox" aria-label="Registry records to mention">
          {items.map((item, index) => (
            <li
              key={`${item.kind}:${item.id}`}
              id={mentionOptionId(index)}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the text keeps its focus and selection.
              onMouseDown={(event) => {
                event.preventDefault();
                onPick(item);
              }}
            >
              <span className="mention-label">{item.label}</span> <span className="badge">{KIND_LABELS[item.kind]}</span>
              {item.internal && <span className="badge internal">internal</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
