import { listArticles } from "@rightsdesk/db";
import { can } from "@rightsdesk/domain";
import Link from "next/link";
import { VersionBadges } from "~/components/version-badges";
import { ListHeader } from "~/components/list-header";
import { requireUser } from "~/lib/session";

export const metadata = { title: "Articles" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ArticlesPage() {
  const user = await requireUser();
  const articles = await listArticles();
  return (
    <>
      <ListHeader
        title="Articles"
        create={can(user.role, { kind: "article.create" }) ? { href: "/articles/new", label: "New article" } : null}
      />
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
                  <VersionBadges article={article} />
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
