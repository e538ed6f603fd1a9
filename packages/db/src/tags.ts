import { AppError, type Tag, type TagInput, tagSlug } from "@rightsdesk/domain";
import { db } from "./client";
import { tagSelect, toTag } from "./mappers";

export async function listTags(): Promise<Tag[]> {
  const rows = await db().tag.findMany({ select: tagSelect, orderBy: [{ kind: "asc" }, { slug: "asc" }] });
  return rows.map(toTag);
}

export async function getTagBySlug(slug: string): Promise<Tag | null> {
  const row = await db().tag.findUnique({ where: { slug }, select: tagSelect });
  return row ? toTag(row) : null;
}

/** Creates the tag or replaces the labels of the one with the same slug. */
export async function upsertTag(input: TagInput): Promise<Tag> {
  const slug = tagSlug(input);
  const countryCode = input.kind === "country" ? input.countryCode : null;
  const labels = Object.entries(input.labels).map(([locale, label]) => ({ locale, label }));
  const row = await db().tag.upsert({
    where: { slug },
    create: { slug, kind: input.kind, countryCode, labels: { create: labels } },
    update: { kind: input.kind, countryCode, labels: { deleteMany: {}, create: labels } },
    select: tagSelect,
  });
  return toTag(row);
}

/** Refuses the whole list if any id is not a tag, naming the unknown ones. */
export async function assertTagsExist(tagIds: readonly string[]): Promise<void> {
  const unique = [...new Set(tagIds)];
  const found = await db().tag.findMany({ where: { id: { in: unique } }, select: { id: true } });
  const known = new Set(found.map((tag) => tag.id));
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length) throw new AppError("validation", `Unknown tag: ${unknown.join(", ")}`);
}
