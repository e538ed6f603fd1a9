import { type CountryCode } from "../country";
import { AppError } from "../errors";
import { detectScript, type NameVariant, type Person, sameVariant } from "./person";

export type MergeablePerson = Pick<Person, "id" | "name" | "variants" | "nationalities" | "roles">;

export type PersonMergePlan = {
  survivorId: string;
  duplicateId: string;
  variants: NameVariant[];
  nationalities: CountryCode[];
  roles: string[];
};

/**
 * What the survivor of a merge of two records of one person becomes. Nothing the duplicate knew
 * is lost: its names become variants, its nationalities and roles are added. The survivor's own
 * entries come first and win over equal ones, so that how the survivor is shown does not change.
 */
export function planPersonMerge(survivor: MergeablePerson, duplicate: MergeablePerson): PersonMergePlan {
  if (survivor.id === duplicate.id) throw new AppError("validation", "A person cannot be merged into itself");

  // The duplicate's name in another script is the same name transliterated ("Кетебаев" beside
  // "Ketebayev"); in the same script it is a spelling the survivor no longer goes by ("Ketabayev").
  const script = detectScript(duplicate.name);
  const duplicateName: NameVariant = {
    name: duplicate.name,
    script,
    locale: null,
    kind: script === detectScript(survivor.name) ? "former" : "transliteration",
  };

  // The survivor's variants stay as they are and first; the duplicate's are added unless the
  // survivor already has that name in that script, as a variant or as its canonical name.
  const canonical = { name: survivor.name, script: detectScript(survivor.name) };
  const variants = [...survivor.variants];
  for (const variant of [...duplicate.variants, duplicateName]) {
    if (!sameVariant(variant, canonical) && !variants.some((known) => sameVariant(known, variant))) variants.push(variant);
  }

  return {
    survivorId: survivor.id,
    duplicateId: duplicate.id,
    variants,
    nationalities: [...new Set([...survivor.nationalities, ...duplicate.nationalities])],
    roles: unionIgnoringCase(survivor.roles, duplicate.roles),
  };
}

/** Roles are free text: "Journalist" and "journalist" are one role, kept as first written. */
function unionIgnoringCase(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((role) => {
    const key = role.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
