import { listArticleAuthors, listArticles, listTags } from "@rightsdesk/db/editor";
import { can, isFilteredList, SOURCE_LOCALE, ZArticleListQuery } from "@rightsdesk/domain";
import Link from "next/link";
import { ArticleListFilters } from "~/features/articles/article-list-filters";
import { VersionBadges } from "~/features/articles/version-badges";
import { ListHeader } from "~/features/shared/ui/list-header";
import { ListPager } from "~/features/shared/ui/list-pager";
import { type SearchParams } from "~/features/shared/list-href";
import { requireUser } from "~/features/shared/server/session";

export const metadata = { title: "Articles" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  const query = ZArticleListQuery.parse(raw);
  const filtered = isFilteredList(query);
  const [user, { items: articles, next }, tags, authors] = await Promise.all([requireUser(), listArticles(query), listTags(), listArticleAuthors()]);
  return (
    <>
      <ListHeader
        title="Articles"
        create={can(user.role, { kind: "article.create" }) ? { href: "/articles/new", label: "New article" } : null}
      />
      <ArticleListFilters action="/" query={query} tags={tags} authors={authors} filtered={filtered} />
      {articles.length === 0 ? (
        <p className="empty">
          {filtered ? "No article matches this search. Try fewer words, another spelling, or fewer filters." : query.after ? "No more articles." : "No articles yet. Create the first one with “New article”."}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Author</th>
              <th scope="col">Languages and status</th>
              <th scope="col">Last change (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <td>
                  <Link href={`/articles/${article.id}/${SOURCE_LOCALE}`}>{article.title}</Link>
                  <div className="save-state">/{article.slug}</div>
                </td>
                <td>{article.author}</td>
                <td>
                  <VersionBadges article={article} />
                </td>
                <td>{dateTime.format(article.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ListPager path="/" searchParams={raw} next={next} label="More articles" />
    </>
  );
}
