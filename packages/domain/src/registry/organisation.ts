import { z } from "zod";
import { ZCountryCode } from "../country";
import { ZSlug } from "../slug";

export const ORGANISATION_KINDS = ["ngo", "court", "parliament", "media", "government", "international_body"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ZOrganisationKind = z.enum(ORGANISATION_KINDS);

export const ORGANISATION_NAME_MAX_LENGTH = 200;

/** An organisation articles cite or cases involve: Human Rights Watch, the Conseil d'État, the European Parliament. */
export const ZOrganisationInput = z.object({
  name: z
    .string({ error: "Name is required" })
    .trim()
    .min(1, "Name is required")
    .max(ORGANISATION_NAME_MAX_LENGTH, `Name must be at most ${ORGANISATION_NAME_MAX_LENGTH} characters`),
  kind: ZOrganisationKind,
  /** Null for international bodies that belong to no one country. */
  country: ZCountryCode.nullable().default(null),
  // Only http(s): the website is shown as a link, and a javascript: link must never reach a reader.
  website: z
    .string()
    .trim()
    .pipe(z.httpUrl("Enter a web address starting with http:// or https://"))
    .nullable()
    .default(null),
  /** Left empty, the slug is made from the name. */
  slug: z.union([ZSlug, z.literal("")]).default(""),
});
export type OrganisationInput = z.infer<typeof ZOrganisationInput>;

/** An organisation as stored: what the form gives, with its id and the slug it was given (never empty). */
export type Organisation = Omit<OrganisationInput, "slug"> & { id: string; slug: string };

/** What the related person is to the person: { person: Ablyazov, related: Madina, kind: "child" }. */
export const RELATIONSHIP_KINDS = ["spouse", "child", "parent", "sibling", "colleague"] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];
export const ZRelationshipKind = z.enum(RELATIONSHIP_KINDS);

/** The same relationship seen from the related person: Madina's parent is Ablyazov. */
export function inverseRelationship(kind: RelationshipKind): RelationshipKind {
  if (kind === "child") return "parent";
  if (kind === "parent") return "child";
  return kind;
}

export const ZRelationshipInput = z
  .object({
    personId: z.string().trim().min(1, "Choose a person"),
    relatedPersonId: z.string().trim().min(1, "Choose a related person"),
    kind: ZRelationshipKind,
  })
  .refine((input) => input.personId !== input.relatedPersonId, {
    message: "A person cannot be related to themselves",
    path: ["relatedPersonId"],
  });
export type RelationshipInput = z.infer<typeof ZRelationshipInput>;

export type Relationship = RelationshipInput & { id: string };
