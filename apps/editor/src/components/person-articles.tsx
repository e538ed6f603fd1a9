import { type ArticleListItem, SOURCE_LOCALE } from "@rightsdesk/domain";
import Link from "next/link";
import { VersionBadges } from "./version-badges";

/** The articles linked to a person, drafts included, with every language version's status. */
export function PersonArticles({ articles }: { articles: ArticleListItem[] }) {
  if (articles.length === 0) return <p className="save-state">No article mentions this person yet.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Languages and status</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id}>
            <td>
              <Link href={`/articles/${article.id}/${SOURCE_LOCALE}`}>{article.title}</Link>
            </td>
            <td>
              <VersionBadges article={article} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
