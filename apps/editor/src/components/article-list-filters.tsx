import { type ArticleListQuery, LOCALE_ENGLISH_NAMES, LOCALES, OUTDATED_FILTER, SEARCH_QUERY_MAX_LENGTH, STATUS_LABELS, type Tag, tagLabel, VERSION_STATUSES } from "@rightsdesk/domain";
import Link from "next/link";

type Props = { action: string; query: ArticleListQuery; tags: readonly Tag[]; authors: readonly { id: string; name: string }[]; filtered: boolean };

/** A plain GET form: a search is an address an editor can share, and it works before any script has loaded. */
export function ArticleListFilters({ action, query, tags, authors, filtered }: Props) {
  return (
    <form className="toolbar-row list-filters" method="get" action={action} role="search" aria-label="Search and filter articles">
      <label htmlFor="articles-q">Search</label>
      <input id="articles-q" type="search" name="q" defaultValue={query.q} maxLength={SEARCH_QUERY_MAX_LENGTH} placeholder="Title, summary, slug or a person’s name" />
      <label htmlFor="articles-status">Status</label>
      <select id="articles-status" name="status" defaultValue={query.status ?? ""}>
        <option value="">Any status</option>
        {VERSION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      <label htmlFor="articles-locale">Language</label>
      <select id="articles-locale" name="locale" defaultValue={query.locale ?? ""}>
        <option value="">Any language</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {LOCALE_ENGLISH_NAMES[locale]}
          </option>
        ))}
      </select>
      <label htmlFor="articles-tag">Tag</label>
      <select id="articles-tag" name="tag" defaultValue={query.tag ?? ""}>
        <option value="">Any tag</option>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.slug}>
            {tagLabel(tag, "en")}
          </option>
        ))}
      </select>
      <label htmlFor="articles-author">Author</label>
      <select id="articles-author" name="author" defaultValue={query.author ?? ""}>
        <option value="">Anyone</option>
        {authors.map((author) => (
          <option key={author.id} value={author.id}>
            {author.name}
          </option>
        ))}
      </select>
      <label htmlFor="articles-translation">Translation</label>
      <select id="articles-translation" name="translation" defaultValue={query.translation ?? ""}>
        <option value="">Any</option>
        <option value={OUTDATED_FILTER}>Outdated (in the chosen language)</option>
      </select>
      <button type="submit">Search</button>
      {filtered && <Link href={action}>Show all articles</Link>}
    </form>
  );
}
