import { type Locale, type Tag, tagLabel } from "@rightsdesk/domain";
import { messages } from "~/i18n/messages";
import { countryName } from "~/lib/country-name";
import { FilterChoice } from "./filter-choice";

type Props = {
  /** Prefixes the fields' ids, so that two forms on a page never share one. */
  idPrefix: string;
  locale: Locale;
  tags: readonly Tag[];
  years: readonly number[];
  value: { country?: string; topic?: string; year?: number };
};

/** Country, topic and year: how readers narrow down articles, in the search and in the archive. */
export function ArticleFilterFields({ idPrefix, locale, tags, years, value }: Props) {
  const t = messages(locale);
  const collator = new Intl.Collator(locale);
  const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
  const countries = tags
    .flatMap((tag) => (tag.kind === "country" && tag.countryCode ? [{ value: tag.countryCode, label: countryName(tag.countryCode, locale) }] : []))
    .sort(byLabel);
  const topics = tags
    .filter((tag) => tag.kind === "topic")
    .map((tag) => ({ value: tag.slug, label: tagLabel(tag, locale) }))
    .sort(byLabel);
  return (
    <>
      <FilterChoice id={`${idPrefix}-country`} name="country" label={t.searchCountry} value={value.country ?? ""} any={t.searchAny} options={countries} />
      <FilterChoice id={`${idPrefix}-topic`} name="topic" label={t.searchTopic} value={value.topic ?? ""} any={t.searchAny} options={topics} />
      <FilterChoice
        id={`${idPrefix}-year`}
        name="year"
        label={t.searchYear}
        value={value.year ? String(value.year) : ""}
        any={t.searchAny}
        options={years.map((year) => ({ value: String(year), label: String(year) }))}
      />
    </>
  );
}
