import { listArticles } from "@rightsdesk/db";
import { can, LOCALE_NAMES } from "@rightsdesk/domain";
import Link from "next/link";
import { requireUser } from "~/lib/session";

export const metadata = { title: "Articles" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ArticlesPage() {
  const user = await requireUser();
  const articles = await listArticles();
  return (
    <>
      <div className="toolbar-row">
        <h1 style={{ margin: 0, flex: 1 }}>Articles</h1>
        {can(user.role, { kind: "article.create" }) && (
          <Link className="button primary" href="/articles/new">
            New article
          </Link>
        )}
      </div>
      {articles.length === 0 ? (
        <p className="empty">No articles yet. Create the first one with “New article”.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Languages and status</th>
              <th scope="col">Last change (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <td>
                  <Link href={`/articles/${article.id}/en`}>{article.title}</Link>
                  <div className="save-state">/{article.slug}</div>
                </td>
                <td>
                  {article.versions.map((version) => (
                    <Link
                      key={version.locale}
                      href={`/articles/${article.id}/${version.locale}`}
                      className={`badge ${version.status}`}
                      title={`${LOCALE_NAMES[version.locale]}: ${version.status}`}
                    >
                      {version.locale.toUpperCase()} · {version.status}
                    </Link>
                  ))}
                </td>
                <td>{dateTime.format(article.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
