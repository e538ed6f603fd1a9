import { type PublicSearchResult } from "@rightsdesk/db/public";
import { displayName, foundCount, type Locale, type SearchParams } from "@rightsdesk/domain";
import Link from "next/link";
import { type ReactNode } from "react";
import { interpolate, messages } from "~/i18n/messages";
import { pickLocalized } from "~/lib/localized";
import { articlePath, casePath, personPath } from "~/lib/paths";
import { searchHref } from "~/lib/search-address";
import { Pagination } from "./pagination";
import { PublishedDate } from "./published-date";
import { SearchSnippet } from "./search-snippet";

type Props = { locale: Locale; params: SearchParams; result: PublicSearchResult };

/** People, cases and organisations first (a reader searching a name wants the person), then ranked articles. */
export function SearchResults({ locale, params, result }: Props) {
  const t = messages(locale);
  const { articles, people, cases, organisations } = result;
  if (articles.total + people.length + cases.length + organisations.length === 0) {
    return (
      <p role="status" className="empty-state">
        {interpolate(t.searchNothingFound, { query: params.q })}
      </p>
    );
  }
  return (
    <>
      {params.q ? <p role="status">{interpolate(t.searchResultsFor, { query: params.q })}</p> : null}
      <HitList id="found-people" title={t.searchTypePeople}>
        {people.map((person) => (
          <li key={person.slug}>
            <Link href={personPath(locale, person.slug)}>{displayName(person, locale)}</Link>
          </li>
        ))}
      </HitList>
      <HitList id="found-cases" title={t.searchTypeCases}>
        {cases.map((found) => (
          <li key={found.slug}>
            <Link href={casePath(locale, found.slug)}>{pickLocalized(found.title, locale)?.text ?? found.slug}</Link>
          </li>
        ))}
      </HitList>
      <HitList id="found-organisations" title={t.searchTypeOrganisations}>
        {organisations.map((organisation) => (
          <li key={organisation.name}>
            {organisation.website ? (
              <a href={organisation.website} rel="noopener noreferrer">
                {organisation.name}
              </a>
            ) : (
              organisation.name
            )}
          </li>
        ))}
      </HitList>
      {articles.total > 0 && (
        <section aria-labelledby="found-articles">
          <h2 id="found-articles">{t.searchTypeArticles}</h2>
          <p className="search-count">{interpolate(t.searchArticleCount, { count: foundCount(articles.total) })}</p>
          {articles.items.map((hit) => (
            <article key={hit.slug} className="teaser">
              <h3 className="teaser-title">
                <Link href={articlePath(locale, hit.slug)}>{hit.title}</Link>
              </h3>
              {hit.publishedAt ? <PublishedDate date={hit.publishedAt} locale={locale} /> : null}
              <SearchSnippet snippet={hit.snippet || hit.summary} />
            </article>
          ))}
          <Pagination href={(page) => searchHref(locale, params, page)} page={articles.page} pageCount={articles.pageCount} locale={locale} />
        </section>
      )}
    </>
  );
}

/** One kind of registry hit under its heading; nothing at all when there is none of that kind. */
function HitList({ id, title, children }: { id: string; title: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="search-hits">{children}</ul>
    </section>
  );
}
