import { type Locale, SEARCH_QUERY_MAX_LENGTH, SEARCH_TYPES, type SearchParams, type SearchType, type Tag, tagLabel } from "@rightsdesk/domain";
import { type Messages, messages } from "~/i18n/messages";
import { countryName } from "~/lib/country-name";
import { searchPath } from "~/lib/paths";

type Props = { locale: Locale; params: SearchParams; tags: Tag[]; years: number[] };

const TYPE_LABEL: Record<SearchType, keyof Messages> = {
  all: "searchTypeAll",
  articles: "searchTypeArticles",
  people: "searchTypePeople",
  cases: "searchTypeCases",
  organisations: "searchTypeOrganisations",
};

/** A plain GET form: a search is an ordinary URL that can be shared and works without JavaScript. */
export function SearchForm({ locale, params, tags, years }: Props) {
  const t = messages(locale);
  const collator = new Intl.Collator(locale);
  const countries = tags
    .filter((tag) => tag.kind === "country" && tag.countryCode)
    .map((tag) => ({ value: tag.countryCode ?? "", label: countryName(tag.countryCode ?? "", locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const topics = tags
    .filter((tag) => tag.kind === "topic")
    .map((tag) => ({ value: tag.slug, label: tagLabel(tag, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <form className="search-form" role="search" aria-label={t.searchLabel} method="get" action={searchPath(locale)}>
      <div className="search-query">
        <label htmlFor="search-q">{t.searchLabel}</label>
        <input id="search-q" type="search" name="q" defaultValue={params.q} maxLength={SEARCH_QUERY_MAX_LENGTH} />
        <button type="submit">{t.searchSubmit}</button>
      </div>
      <div className="filter-form">
        <Choice id="search-type" name="type" label={t.searchType} value={params.type}>
          {SEARCH_TYPES.map((type) => (
            <option key={type} value={type}>
              {t[TYPE_LABEL[type]]}
            </option>
          ))}
        </Choice>
        <Choice id="search-country" name="country" label={t.searchCountry} value={params.country ?? ""} any={t.searchAny} options={countries} />
        <Choice id="search-topic" name="topic" label={t.searchTopic} value={params.topic ?? ""} any={t.searchAny} options={topics} />
        <Choice
          id="search-year"
          name="year"
          label={t.searchYear}
          value={params.year ? String(params.year) : ""}
          any={t.searchAny}
          options={years.map((year) => ({ value: String(year), label: String(year) }))}
        />
      </div>
    </form>
  );
}

type ChoiceProps = {
  id: string;
  name: string;
  label: string;
  value: string;
  /** The "no filter" choice, when the filter may be left out. */
  any?: string;
  options?: { value: string; label: string }[];
  children?: React.ReactNode;
};

function Choice({ id, name, label, value, any, options = [], children }: ChoiceProps) {
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        {any !== undefined && <option value="">{any}</option>}
        {children}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
