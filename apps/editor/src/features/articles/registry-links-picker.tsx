"use client";

import { useState } from "react";
import { callApi } from "~/features/shared/api-client";
import { CheckGroup, type CheckOption, useSavedChoice } from "~/features/shared/ui/check-group";
import { Fold } from "~/features/shared/ui/disclosure";
import { useRegistrySearch } from "~/features/shared/use-registry-search";

type Links = { personIds: string[]; caseIds: string[] };
type Props = { articleId: string; persons: CheckOption[]; cases: CheckOption[]; canEdit: boolean };

const GROUPS = [
  { field: "personIds", kind: "person", legend: "People", none: "No people linked yet.", unmatched: "No person matches." },
  { field: "caseIds", kind: "case", legend: "Cases", none: "No cases linked yet.", unmatched: "No case matches." },
] as const;

/**
 * The people and cases a story reports, for every language of it; like tags, each change is saved at once.
 * The page brings only the linked records: others are found by name on the server as the editor types,
 * so an article opens as fast with 5,000 people in the registry as with five.
 */
export function RegistryLinksPicker({ articleId, persons, cases, canEdit }: Props) {
  const selected = { personIds: persons.map((p) => p.id), caseIds: cases.map((c) => c.id) };
  const links = useSavedChoice(selected, (next) => callApi("setArticleRegistryLinks", { params: { id: articleId }, body: next }), "People and cases saved");
  // Every record the picker has shown, so that a linked one keeps its name once the search moves on.
  const [known, setKnown] = useState(() => new Map([...persons, ...cases].map((option) => [option.id, option.label])));
  const [query, setQuery] = useState("");
  const search = useRegistrySearch(query);
  const searching = query.trim() !== "";

  function toggle(field: keyof Links, option: CheckOption) {
    setKnown((before) => new Map(before).set(option.id, option.label));
    const ids = links.value[field];
    void links.change({ ...links.value, [field]: ids.includes(option.id) ? ids.filter((other) => other !== option.id) : [...ids, option.id] });
  }

  function optionsOf(group: (typeof GROUPS)[number]): CheckOption[] {
    if (searching) return search.results.filter((result) => result.kind === group.kind).map(({ id, label }) => ({ id, label }));
    return links.value[group.field].map((id) => ({ id, label: known.get(id) ?? id }));
  }

  const count = links.value.personIds.length + links.value.caseIds.length;
  // Closed at first: the links stay out of the way of the tags, which are used on every story.
  return (
    <Fold label={`People and cases in this story (${count} linked)`}>
      {canEdit && (
        <label>
          Find a person or case
          <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Name in any script" autoComplete="off" />
        </label>
      )}
      {searching && (
        <p role="status" className="save-state">
          {search.searching ? "Searching…" : (search.problem ?? `${search.results.filter((r) => r.kind !== "organisation").length} found`)}
        </p>
      )}
      {GROUPS.map((group) => {
        const options = optionsOf(group);
        return (
          <CheckGroup
            key={group.field}
            legend={searching ? `${group.legend} found` : group.legend}
            empty={searching ? group.unmatched : group.none}
            options={options}
            checked={(id) => links.value[group.field].includes(id)}
            onToggle={(id) => {
              const option = options.find((o) => o.id === id);
              if (option) toggle(group.field, option);
            }}
            disabled={!canEdit}
          />
        );
      })}
      {links.status}
    </Fold>
  );
}
