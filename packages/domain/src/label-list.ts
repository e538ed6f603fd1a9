import { z } from "zod";
import { type LabelState, ZLabelKind } from "./label-translation";
import { LIST_PAGE_SIZE, type ListPage, optionalParam, ZRecordId } from "./query-param";

/*
 * The labels desk's filters, read from its address: which kind of text (tags, biographies, timelines), which
 * still need work, and where a page starts. The desk's order is decided in code (tag labels sort by their
 * English), so a page starts after the id of the last text shown rather than after a sort value.
 */

/** "todo": missing or outdated, what a translator works through. */
export const LABEL_STATE_FILTERS = ["todo", "missing", "outdated"] as const;
export type LabelStateFilter = (typeof LABEL_STATE_FILTERS)[number];

export const ZLabelListQuery = z.object({
  kind: optionalParam(ZLabelKind),
  state: optionalParam(z.enum(LABEL_STATE_FILTERS)),
  after: optionalParam(ZRecordId),
});
export type LabelListQuery = z.infer<typeof ZLabelListQuery>;

/** Whether a text in `state` answers the state filter. */
export function answersLabelState(filter: LabelStateFilter | undefined, state: LabelState): boolean {
  if (!filter) return true;
  return filter === "todo" ? state !== "current" : state === filter;
}

/**
 * The page of `items` (in display order) that starts after the item with id `after`, and where the next one
 * starts. An id no longer in the list (the text was deleted) starts from the beginning.
 */
export function pageAfterId<T extends { id: string }>(items: readonly T[], after: string | undefined, size = LIST_PAGE_SIZE): ListPage<T> {
  const start = after ? items.findIndex((item) => item.id === after) + 1 : 0;
  const page = items.slice(start, start + size);
  const last = page.at(-1);
  return { items: page, next: start + size < items.length && last ? last.id : null };
}
