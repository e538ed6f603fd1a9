import { z } from "zod";
import { type CountryCode, ZCountryCode } from "../country";
import { LOCALES, type Locale, ZLocale } from "../locale";
import { slugify, ZSlug } from "../slug";
import { type PartialDate, ZPartialDate } from "./partial-date";

export const PERSON_STATUSES = ["free", "detained", "in_exile", "deceased", "unknown"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const ZPersonStatus = z.enum(PERSON_STATUSES);

export const NAME_SCRIPTS = ["latin", "cyrillic", "other"] as const;
export type NameScript = (typeof NAME_SCRIPTS)[number];
export const ZNameScript = z.enum(NAME_SCRIPTS);

export const NAME_KINDS = ["official", "transliteration", "former"] as const;
export type NameKind = (typeof NAME_KINDS)[number];
export const ZNameKind = z.enum(NAME_KINDS);

/** Internal persons exist for the newsroom only: the public site never shows them. */
export const CONFIDENTIALITY = ["public", "internal"] as const;
export type Confidentiality = (typeof CONFIDENTIALITY)[number];
export const ZConfidentiality = z.enum(CONFIDENTIALITY);

/** Suggestions for the role field; a person's roles are free text, since no list fits every case. */
export const PERSON_ROLES = [
  "opposition_politician",
  "journalist",
  "lawyer",
  "activist",
  "businessman",
  "family_member",
  "human_rights_defender",
] as const;
export type SuggestedPersonRole = (typeof PERSON_ROLES)[number];

export const PERSON_NAME_MAX_LENGTH = 200;
export const PERSON_ROLE_MAX_LENGTH = 60;
export const BIO_MAX_LENGTH = 5000;
export const INTERNAL_NOTE_MAX_LENGTH = 5000;

const ZPersonName = z
  .string({ error: "Name is required" })
  .trim()
  .min(1, "Name is required")
  .max(PERSON_NAME_MAX_LENGTH, `Name must be at most ${PERSON_NAME_MAX_LENGTH} characters`);

export const ZNameVariant = z.object({
  name: ZPersonName,
  script: ZNameScript,
  locale: ZLocale.nullable(),
  kind: ZNameKind,
});
export type NameVariant = z.infer<typeof ZNameVariant>;

/** Cyrillic when the name has any Cyrillic letter, Latin when it has a Latin one, else other. */
export function detectScript(name: string): NameScript {
  if (/\p{Script=Cyrillic}/u.test(name)) return "cyrillic";
  if (/\p{Script=Latin}/u.test(name)) return "latin";
  return "other";
}

/** The script a reader of each language reads names in. */
export function localeScript(locale: Locale): NameScript {
  return locale === "ru" || locale === "uk" ? "cyrillic" : "latin";
}

/** A name as compared for sameness: composed, lower case, single spaces ("KETEBAEV  Muratbek" = "ketebaev muratbek"). */
export function normaliseName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Two variants are the same when they spell the same name in the same script, whatever their kind or language. */
export function sameVariant(a: Pick<NameVariant, "name" | "script">, b: Pick<NameVariant, "name" | "script">): boolean {
  return a.script === b.script && normaliseName(a.name) === normaliseName(b.name);
}

/** The first variant that repeats an earlier one, or null. */
export function findDuplicateVariant<V extends Pick<NameVariant, "name" | "script">>(variants: readonly V[]): V | null {
  return variants.find((variant, i) => variants.slice(0, i).some((earlier) => sameVariant(earlier, variant))) ?? null;
}

const ZRole = z
  .string()
  .trim()
  .min(1, "Role is required")
  .max(PERSON_ROLE_MAX_LENGTH, `Role must be at most ${PERSON_ROLE_MAX_LENGTH} characters`);

const ZBio = z
  .partialRecord(z.enum(LOCALES), z.string().trim().max(BIO_MAX_LENGTH, `Bio must be at most ${BIO_MAX_LENGTH} characters`))
  // An empty bio field is no bio: readers then get another language's, not a blank.
  .transform((bio) => Object.fromEntries(Object.entries(bio).filter(([, text]) => text !== "")) as Partial<Record<Locale, string>>);

const ZInternalNote = z
  .string()
  .trim()
  .max(INTERNAL_NOTE_MAX_LENGTH, `Note must be at most ${INTERNAL_NOTE_MAX_LENGTH} characters`)
  .optional();

/** What must never leave the editorial app: where a person is and how to reach them can put them in danger. */
export const ZPersonInternalNotes = z.object({
  currentLocation: ZInternalNote,
  contactNotes: ZInternalNote,
  riskAssessment: ZInternalNote,
});
export type PersonInternalNotes = z.infer<typeof ZPersonInternalNotes>;

export const ZPersonInput = z
  .object({
    name: ZPersonName,
    variants: z.array(ZNameVariant).default([]),
    birth: ZPartialDate.nullable().default(null),
    nationalities: z.array(ZCountryCode).default([]),
    roles: z.array(ZRole).default([]),
    status: ZPersonStatus.default("unknown"),
    bio: ZBio.default({}),
    // Internal until an editor decides otherwise: publishing a person at risk must be a choice.
    confidentiality: ZConfidentiality.default("internal"),
    internalNotes: ZPersonInternalNotes.default({}),
    /** Left empty, the slug is made from the name (see personSlug). */
    slug: z.union([ZSlug, z.literal("")]).default(""),
  })
  .superRefine((person, ctx) => {
    const duplicate = findDuplicateVariant(person.variants);
    if (duplicate) {
      ctx.addIssue({
        code: "custom",
        message: `Name "${duplicate.name}" is listed twice`,
        path: ["variants", person.variants.indexOf(duplicate)],
      });
    }
    person.nationalities.forEach((code, i) => {
      if (person.nationalities.indexOf(code) !== i) {
        ctx.addIssue({ code: "custom", message: `Nationality "${code}" is listed twice`, path: ["nationalities", i] });
      }
    });
    person.roles.forEach((role, i) => {
      if (person.roles.findIndex((other) => other.toLowerCase() === role.toLowerCase()) !== i) {
        ctx.addIssue({ code: "custom", message: `Role "${role}" is listed twice`, path: ["roles", i] });
      }
    });
  });
export type PersonInput = z.infer<typeof ZPersonInput>;

/** A person as anyone may see them: the public site, exports, every API outside the editorial app. */
export type Person = {
  id: string;
  slug: string;
  name: string;
  variants: NameVariant[];
  birth: PartialDate | null;
  nationalities: CountryCode[];
  roles: string[];
  status: PersonStatus;
  bio: Partial<Record<Locale, string>>;
  confidentiality: Confidentiality;
};

/** A person as the editorial app holds them, with the notes that stay inside it. */
export type PersonWithInternal = Person & { internalNotes: PersonInternalNotes };

/**
 * The public shape of a person, field by field. Built rather than copied-and-trimmed, so that a
 * field added to the stored person later stays inside until someone decides to publish it.
 */
export function toPublicPerson(person: PersonWithInternal): Person {
  return {
    id: person.id,
    slug: person.slug,
    name: person.name,
    variants: person.variants.map((variant) => ({ ...variant })),
    birth: person.birth && { ...person.birth },
    nationalities: [...person.nationalities],
    roles: [...person.roles],
    status: person.status,
    bio: { ...person.bio },
    confidentiality: person.confidentiality,
  };
}

/**
 * The slug for a person: from the Latin official spelling, else a Latin transliteration, else the
 * name itself (transliterated). A Latin spelling chosen by the person beats our transliteration:
 * "Muratbek Ketebayev" → "muratbek-ketebayev", not "ketebaev-muratbek". Returns "" when nothing usable is left.
 */
export function personSlug(name: string, variants: readonly Pick<NameVariant, "name" | "script" | "kind">[]): string {
  const latin = variants.filter((variant) => variant.script === "latin");
  const preferred = latin.find((variant) => variant.kind === "official") ?? latin.find((variant) => variant.kind === "transliteration");
  return (preferred && slugify(preferred.name)) || slugify(name);
}

/**
 * The name to show a reader: the spelling for their language, else the canonical name if they read
 * its script, else a spelling in their script, else the canonical name. Former names are never
 * shown as the name: they are there so that searches find the person.
 */
export function preferredName(
  name: string,
  variants: readonly Pick<NameVariant, "name" | "script" | "locale" | "kind">[],
  locale: Locale,
): string {
  const current = variants.filter((variant) => variant.kind !== "former");
  const forLocale = current.find((variant) => variant.locale === locale);
  if (forLocale) return forLocale.name;
  const script = localeScript(locale);
  if (detectScript(name) === script) return name;
  const inScript = current.filter((variant) => variant.script === script);
  return (inScript.find((variant) => variant.kind === "official") ?? inScript[0])?.name ?? name;
}

/** preferredName for a person record (Мухтар Аблязов on /ru, Mukhtar Ablyazov on /en). */
export function displayName(person: Pick<Person, "name" | "variants">, locale: Locale): string {
  return preferredName(person.name, person.variants, locale);
}
