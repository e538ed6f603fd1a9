import { type Locale, SEARCH_QUERY_MAX_LENGTH, SEARCH_TYPES, type SearchParams, type SearchType, type Tag } from "@rightsdesk/domain";
import { type Messages, messages } from "~/i18n/messages";
import { searchPath } from "~/lib/paths";
import { ArticleFilterFields } from "./article-filter-fields";
import { FilterChoice } from "./filter-choice";

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
  return (
    <form className="search-form" role="search" aria-label={t.searchLabel} method="get" action={searchPath(locale)}>
      <div className="search-query">
        <label htmlFor="search-q">{t.searchLabel}</label>
        <input id="search-q" type="search" name="q" defaultValue={params.q} maxLength={SEARCH_QUERY_MAX_LENGTH} />
        <button type="submit">{t.searchSubmit}</button>
      </div>
      <div className="filter-form">
        <FilterChoice id="search-type" name="type" label={t.searchType} value={params.type}>
          {SEARCH_TYPES.map((type) => (
            <option key={type} value={type}>
              {t[TYPE_LABEL[type]]}
            </option>
          ))}
        </FilterChoice>
        <ArticleFilterFields idPrefix="search" locale={locale} tags={tags} years={years} value={params} />
      </div>
    </form>
  );
}
