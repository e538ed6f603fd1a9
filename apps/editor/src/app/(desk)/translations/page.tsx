import { countLabelTranslations, listArticleAuthors, listAssignmentsOf, listTags, listTranslationMatrix } from "@rightsdesk/db/editor";
import { can, isFilteredList, isSourceLocale, LOCALE_ENGLISH_NAMES, LOCALE_NAMES, LOCALES, ZArticleListQuery } from "@rightsdesk/domain";
import Link from "next/link";
import { ArticleListFilters } from "~/features/articles/article-list-filters";
import { ListPager } from "~/features/shared/ui/list-pager";
import { TranslationCell } from "~/features/translation/translation-cell";
import { type SearchParams } from "~/features/shared/list-href";
import { requireUser } from "~/features/shared/server/session";

export const metadata = { title: "Translations" };

const noMatrix = { items: [], next: null };

export default async function TranslationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  // The matrix is searched, filtered and paged as the article list is, from the same address parameters.
  const query = ZArticleListQuery.parse(raw);
  const user = await requireUser();
  const plans = can(user.role, { kind: "translation.request" });
  const [mine, { items: matrix, next }, labelCounts, tags, authors] = await Promise.all([
    listAssignmentsOf(user.id),
    plans ? listTranslationMatrix(query) : Promise.resolve(noMatrix),
    countLabelTranslations(),
    plans ? listTags() : Promise.resolve([]),
    plans ? listArticleAuthors() : Promise.resolve([]),
  ]);
  return (
    <>
      <h1>Translations</h1>
      <section aria-labelledby="my-assignments">
        <h2 id="my-assignments">My assignments</h2>
        {mine.length === 0 ? (
          <p className="empty">Nothing is assigned to you. Editors assign translations from an article’s page.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col">Language</th>
                <th scope="col">State and due date</th>
              </tr>
            </thead>
            <tbody>
              {mine.map((assignment) => (
                <tr key={`${assignment.articleId}:${assignment.locale}`}>
                  <td>
                    <Link href={`/articles/${assignment.articleId}/${assignment.locale}`}>{assignment.title}</Link>
                  </td>
                  <td>{LOCALE_NAMES[assignment.locale]}</td>
                  <td>
                    <TranslationCell cell={assignment} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="labels">
        <h2 id="labels">Labels and registry texts</h2>
        <p className="hint">Tag labels, biographies and case timeline descriptions, translated one language at a time.</p>
        <ul>
          {LOCALES.filter((locale) => !isSourceLocale(locale)).map((locale) => {
            const counts = labelCounts[locale];
            return (
              <li key={locale}>
                <Link href={`/translations/labels/${locale}`}>{LOCALE_ENGLISH_NAMES[locale]}</Link>
                {counts && ` · ${counts.missing} missing, ${counts.outdated} outdated`}
              </li>
            );
          })}
        </ul>
      </section>
      {plans && (
        <section aria-labelledby="matrix">
          <h2 id="matrix">Every article in every language</h2>
          <ArticleListFilters action="/translations" query={query} tags={tags} authors={authors} filtered={isFilteredList(query)} />
          {matrix.length === 0 ? (
            <p className="empty">{isFilteredList(query) ? "No article matches this search." : query.after ? "No more articles." : "No articles yet."}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  {LOCALES.map((locale) => (
                    <th key={locale} scope="col">
                      {LOCALE_NAMES[locale]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.map((row) => (
                  <tr key={row.articleId}>
                    <th scope="row">{row.title}</th>
                    {LOCALES.map((locale) => (
                      <td key={locale}>
                        {/* A plain anchor, not <Link>: a Link prefetches its page once in view, and a screen of cells
                            would ask the server for dozens of editor pages on each visit; a cell opens one page fully. */}
                        <a href={`/articles/${row.articleId}/${locale}`} aria-label={`${row.title}, ${LOCALE_NAMES[locale]}`}>
                          <TranslationCell cell={row.cells[locale]} />
                        </a>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ListPager path="/translations" searchParams={raw} next={next} label="More articles" />
        </section>
      )}
    </>
  );
}
