"use client";

import { SOURCE_LOCALE, type Tag, tagLabel } from "@rightsdesk/domain";
import { callApi } from "~/features/shared/api-client";
import { CheckGroup, useSavedChoice } from "~/features/shared/ui/check-group";

type Props = { articleId: string; tags: Tag[]; selected: string[]; canEdit: boolean };

const GROUPS = [
  { kind: "country", legend: "Countries" },
  { kind: "topic", legend: "Topics" },
] as const;

/** Tags apply to the article in every language; each change is saved at once. */
export function TagPicker({ articleId, tags, selected, canEdit }: Props) {
  const chosen = useSavedChoice(new Set(selected), (next) => callApi("setArticleTags", { params: { id: articleId }, body: { tagIds: [...next] } }), "Tags saved");

  function toggle(tagId: string) {
    const next = new Set(chosen.value);
    if (next.has(tagId)) next.delete(tagId);
    else next.add(tagId);
    void chosen.change(next);
  }

  return (
    <div>
      {GROUPS.map((group) => (
        <CheckGroup
          key={group.kind}
          legend={group.legend}
          empty={`No ${group.legend.toLowerCase()} yet.`}
          options={tags.filter((tag) => tag.kind === group.kind).map((tag) => ({ id: tag.id, label: tagLabel(tag, SOURCE_LOCALE) }))}
          checked={(id) => chosen.value.has(id)}
          onToggle={toggle}
          disabled={!canEdit}
        />
      ))}
      {chosen.status}
    </div>
  );
}
