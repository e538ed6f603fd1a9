import { displayName, type JsonValue, type Locale, type Person } from "@rightsdesk/domain";
import { countryName } from "./country-name";

/**
 * JSON for a `<script type="application/ld+json">`. JSON.stringify leaves `<` as it is, so a name
 * containing `</script>` would end the script and run whatever follows; every `<` (and `>`, `&`,
 * and the line separators older parsers choke on) is written as a \u escape, which JSON reads back unchanged.
 */
export function serializeJsonLd(data: JsonValue): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** schema.org Person for a public person's page: the name the reader sees, the other spellings, nationalities. */
export function personJsonLd(person: Pick<Person, "name" | "variants" | "nationalities">, locale: Locale, url: string): JsonValue {
  const name = displayName(person, locale);
  const alternateName = [...new Set([person.name, ...person.variants.map((variant) => variant.name)])].filter((other) => other !== name);
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    name,
    ...(alternateName.length > 0 && { alternateName }),
    ...(person.nationalities.length > 0 && {
      nationality: person.nationalities.map((code) => ({ "@type": "Country", name: countryName(code, locale) })),
    }),
    url,
  };
}
