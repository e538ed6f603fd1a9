import { type ArticleListItem, LOCALE_NAMES, STATUS_LABELS } from "@rightsdesk/domain";
import Link from "next/link";

/** Each language version of an article with its status, each a link to its editor. */
export function VersionBadges({ article }: { article: Pick<ArticleListItem, "id" | "versions"> }) {
  return article.versions.map((version) => (
    <Link
      key={version.locale}
      href={`/articles/${article.id}/${version.locale}`}
      className={`badge ${version.status}`}
      title={`${LOCALE_NAMES[version.locale]}: ${STATUS_LABELS[version.status]}`}
    >
      {version.locale.toUpperCase()} · {STATUS_LABELS[version.status].toLowerCase()}
    </Link>
  ));
}
