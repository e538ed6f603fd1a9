import { type ArticleListItem, LOCALE_NAMES, STATUS_LABELS } from "@rightsdesk/domain";
import Link from "next/link";

/** Each language version of an article with its status, and "outdated" for a translation behind its source; each a link to its editor. */
export function VersionBadges({ article }: { article: Pick<ArticleListItem, "id" | "versions"> }) {
  return article.versions.map((version) => {
    const label = `${STATUS_LABELS[version.status].toLowerCase()}${version.outdated ? " · outdated" : ""}`;
    return (
      <Link
        key={version.locale}
        href={`/articles/${article.id}/${version.locale}`}
        className={`badge ${version.status}${version.outdated ? " outdated" : ""}`}
        title={`${LOCALE_NAMES[version.locale]}: ${label}`}
      >
        {version.locale.toUpperCase()} · {label}
      </Link>
    );
  });
}
