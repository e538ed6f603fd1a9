"use client";

import { callApi } from "~/features/shared/api-client";
import { CheckGroup, type CheckOption, useSavedChoice } from "~/features/shared/ui/check-group";

type Links = { personIds: string[]; caseIds: string[] };
type Props = { articleId: string; persons: CheckOption[]; cases: CheckOption[]; selected: Links; canEdit: boolean };

const GROUPS = [
  { field: "personIds", legend: "People", empty: "No people in the registry yet." },
  { field: "caseIds", legend: "Cases", empty: "No cases in the registry yet." },
] as const;

/** The people and cases a story reports, for every language of it; like tags, each change is saved at once. */
export function RegistryLinksPicker({ articleId, persons, cases, selected, canEdit }: Props) {
  const links = useSavedChoice(selected, (next) => callApi("setArticleRegistryLinks", { params: { id: articleId }, body: next }), "People and cases saved");
  const options = { personIds: persons, caseIds: cases };

  function toggle(field: keyof Links, id: string) {
    const ids = links.value[field];
    void links.change({ ...links.value, [field]: ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id] });
  }

  const count = links.value.personIds.length + links.value.caseIds.length;
  // Closed at first: the long lists stay out of the way of the tags, which are used on every story.
  return (
    <details>
      <summary className="label">
        People and cases in this story ({count} linked)
      </summary>
      {GROUPS.map((group) => (
        <CheckGroup
          key={group.field}
          legend={group.legend}
          empty={group.empty}
          options={options[group.field]}
          checked={(id) => links.value[group.field].includes(id)}
          onToggle={(id) => toggle(group.field, id)}
          disabled={!canEdit}
        />
      ))}
      {links.status}
    </details>
  );
}
