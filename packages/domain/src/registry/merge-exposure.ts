import { z } from "zod";
import { LOCALE_ENGLISH_NAMES, LOCALES } from "../locale";
import { PROTECTION_STATUS_LABELS, PROTECTION_TYPE_LABELS } from "./labels";
import { type PersonMergePlan } from "./merge";
import { formatPartialDate } from "./partial-date";
import { BIO_MAX_LENGTH, type Person, sameVariant } from "./person";
import { type Protection } from "./protection";

export type MergeSide = Pick<Person, "id" | "name" | "variants" | "nationalities" | "roles" | "birth" | "bio" | "confidentiality">;

/** What hangs on the duplicate and moves with it: each becomes visible wherever the survivor is. */
export type MergeLinks = {
  protections: Pick<Protection, "type" | "grantingState" | "status" | "date">[];
  /** English titles of the cases the duplicate takes part in. */
  cases: string[];
  relationships: number;
  articles: number;
  /** Article versions whose text mentions the duplicate: after the merge the mention names the survivor. */
  mentions: number;
};

/** One thing readers would see after the merge that they cannot see now. */
export const ZExposedItem = z.object({ what: z.string().max(100), detail: z.string().max(BIO_MAX_LENGTH) });
export type ExposedItem = z.infer<typeof ZExposedItem>;

/** A merge request: `publish` repeats the preview's list when the editor confirmed making it public. */
export const ZPersonMergeInput = z.object({
  duplicateId: z.string().trim().min(1, "Choose the duplicate to merge"),
  publish: z.array(ZExposedItem).max(1000).optional(),
});
export const ZPersonMergePreviewQuery = ZPersonMergeInput.pick({ duplicateId: true });

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? "" : "s"}`;

/**
 * What merging an internal record into a public one would publish. Internal records exist so that
 * a person at risk stays off the public site; a merge must not undo that silently, so the editor is
 * shown this list and has to confirm it. Empty when nothing internal would become public.
 */
export function mergeExposure(survivor: MergeSide, duplicate: MergeSide, plan: PersonMergePlan, links: MergeLinks): ExposedItem[] {
  if (survivor.confidentiality !== "public" || duplicate.confidentiality !== "internal") return [];
  const items: ExposedItem[] = [];
  for (const variant of plan.variants) {
    if (!survivor.variants.some((known) => sameVariant(known, variant))) items.push({ what: "Name", detail: variant.name });
  }
  for (const code of plan.nationalities) if (!survivor.nationalities.includes(code)) items.push({ what: "Nationality", detail: code });
  for (const role of plan.roles) if (!survivor.roles.includes(role)) items.push({ what: "Role", detail: role });
  if (!survivor.birth && duplicate.birth) items.push({ what: "Birth date", detail: formatPartialDate(duplicate.birth) });
  for (const locale of LOCALES) {
    const text = duplicate.bio[locale];
    if (text && !survivor.bio[locale]) items.push({ what: `Biography (${LOCALE_ENGLISH_NAMES[locale]})`, detail: text });
  }
  for (const p of links.protections) {
    const when = p.date ? `, ${formatPartialDate(p.date)}` : "";
    items.push({ what: "Protection", detail: `${PROTECTION_TYPE_LABELS[p.type]} in ${p.grantingState}: ${PROTECTION_STATUS_LABELS[p.status].toLowerCase()}${when}` });
  }
  for (const title of links.cases) items.push({ what: "Case", detail: title });
  if (links.relationships > 0) items.push({ what: "Relationships", detail: plural(links.relationships, "relationship") });
  if (links.articles > 0) items.push({ what: "Articles", detail: `linked to ${plural(links.articles, "article")}` });
  if (links.mentions > 0) items.push({ what: "Mentions", detail: `named in ${plural(links.mentions, "article version")}` });
  return items;
}
