import { type ArticleListItem, SOURCE_LOCALE } from "@rightsdesk/domain";
import Link from "next/link";
import { ListTable } from "~/features/shared/ui/list-table";
import { VersionBadges } from "~/features/articles/version-badges";

/** The articles linked to a person, drafts included, with every language version's status. */
export function PersonArticles({ articles }: { articles: ArticleListItem[] }) {
  if (articles.length === 0) return <p className="save-state">No article mentions this person yet.</p>;
  return (
    <ListTable
      rows={articles}
      rowKey={(article) => article.id}
      columns={[
        { header: "Title", cell: (article) => <Link href={`/articles/${article.id}/${SOURCE_LOCALE}`}>{article.title}</Link> },
        { header: "Languages and status", cell: (article) => <VersionBadges article={article} /> },
      ]}
    />
  );
}
