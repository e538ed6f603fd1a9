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

/** schema.org NewsArticle for an article page: what a search engine shows of the story. */
export function newsArticleJsonLd(
  article: { title: string; summary: string; locale: Locale; publishedAt: Date },
  url: string,
  image: string | null,
): JsonValue {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    ...(article.summary && { description: article.summary }),
    inLanguage: article.locale,
    datePublished: article.publishedAt.toISOString(),
    ...(image && { image: [image] }),
    mainEntityOfPage: url,
    url,
    publisher: { "@type": "Organization", name: "RightsDesk" },
  };
}

/** schema.org BreadcrumbList: where a page sits, from the language's home page down to the page itself. */
export function breadcrumbJsonLd(trail: readonly { name: string; url: string }[]): JsonValue {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, i) => ({ "@type": "ListItem", position: i + 1, name: crumb.name, item: crumb.url })),
  };
}
