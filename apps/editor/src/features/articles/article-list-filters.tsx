import { ARTICLE_LIST_SORT_LABELS, ARTICLE_LIST_SORTS, type ArticleListQuery, LOCALE_ENGLISH_NAMES, LOCALES, OUTDATED_FILTER, SEARCH_QUERY_MAX_LENGTH, SOURCE_LOCALE, STATUS_LABELS, type Tag, tagLabel, VERSION_STATUSES } from "@rightsdesk/domain";
import Link from "next/link";
import { FilterSelect } from "~/features/shared/ui/filter-select";

const STATUS_OPTIONS = VERSION_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));
const LOCALE_OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LOCALE_ENGLISH_NAMES[locale] }));
const TRANSLATION_OPTIONS = [{ value: OUTDATED_FILTER, label: "Outdated (in the chosen language)" }];

type Props = { action: string; query: ArticleListQuery; tags: readonly Tag[]; authors: readonly { id: string; name: string }[]; filtered: boolean };

/** A plain GET form: a search is an address an editor can share, and it works before any script has loaded. */
export function ArticleListFilters({ action, query, tags, authors, filtered }: Props) {
  return (
    <form className="toolbar-row list-filters" method="get" action={action} role="search" aria-label="Search and filter articles">
      <label htmlFor="articles-q">Search</label>
      <input id="articles-q" type="search" name="q" defaultValue={query.q} maxLength={SEARCH_QUERY_MAX_LENGTH} placeholder="Title, summary, slug or a person’s name" />
      <FilterSelect id="articles-status" name="status" label="Status" value={query.status} any="Any status" options={STATUS_OPTIONS} />
      <FilterSelect id="articles-locale" name="locale" label="Language" value={query.locale} any="Any language" options={LOCALE_OPTIONS} />
      <FilterSelect id="articles-tag" name="tag" label="Tag" value={query.tag} any="Any tag" options={tags.map((tag) => ({ value: tag.slug, label: tagLabel(tag, SOURCE_LOCALE) }))} />
      <FilterSelect id="articles-author" name="author" label="Author" value={query.author} any="Anyone" options={authors.map(({ id, name }) => ({ value: id, label: name }))} />
      <FilterSelect id="articles-translation" name="translation" label="Translation" value={query.translation} any="Any" options={TRANSLATION_OPTIONS} />
      <label htmlFor="articles-sort">Sort by</label>
      {/* Keyed by its value, as FilterSelect is: a link to the list in another order must show that order. */}
      <select key={query.sort ?? ""} id="articles-sort" name="sort" defaultValue={query.sort ?? "changed"}>
        {ARTICLE_LIST_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {ARTICLE_LIST_SORT_LABELS[sort]}
          </option>
        ))}
      </select>
      <button type="submit">Search</button>
      {filtered && <Link href={action}>Show all articles</Link>}
    </form>
  );
}
