import { z } from "zod";
import { ZCountryCode } from "./country";
import { LOCALES, SOURCE_LOCALE, type Locale } from "./locale";
import { ZSlug } from "./slug";

export const TAG_KINDS = ["country", "topic"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export const TAG_LABEL_MAX_LENGTH = 80;
const ZTagLabel = z.string().trim().min(1, "Label is required").max(TAG_LABEL_MAX_LENGTH);

const ZLabels = z
  .partialRecord(z.enum(LOCALES), ZTagLabel)
  .refine((labels) => labels[SOURCE_LOCALE] !== undefined, `A label in "${SOURCE_LOCALE}" is required`);

/** A country tag is named by its ISO code, and its slug is that code in lower case. */
export const ZTagInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("country"), countryCode: ZCountryCode, labels: ZLabels }),
  z.object({ kind: z.literal("topic"), slug: ZSlug, labels: ZLabels }),
]);
export type TagInput = z.infer<typeof ZTagInput>;

export type Tag = {
  id: string;
  kind: TagKind;
  slug: string;
  countryCode: string | null;
  labels: Partial<Record<Locale, string>>;
};

export function tagSlug(input: TagInput): string {
  return input.kind === "country" ? input.countryCode.toLowerCase() : input.slug;
}

/** The label in the reader's language, else the source language's, else the slug. */
export function tagLabel(tag: Pick<Tag, "labels" | "slug">, locale: Locale): string {
  return tag.labels[locale] ?? tag.labels[SOURCE_LOCALE] ?? tag.slug;
}
