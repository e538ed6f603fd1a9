import { type ArticleListItem, LOCALE_NAMES, TRANSLATION_STATE_LABELS, translationState } from "@rightsdesk/domain";
import Link from "next/link";

/**
 * Each language version of an article in the words its language tab and the translation desk use (outdated
 * wins over the status, as everywhere), each a link to its editor.
 */
export function VersionBadges({ article }: { article: Pick<ArticleListItem, "id" | "versions"> }) {
  return article.versions.map((version) => {
    // A version that exists decides its own state: the source and any request no longer matter.
    const state = translationState({ source: null, version, requested: false });
    const label = TRANSLATION_STATE_LABELS[state];
    return (
      <Link key={version.locale} href={`/articles/${article.id}/${version.locale}`} className={`badge ${state}`} title={`${LOCALE_NAMES[version.locale]}: ${label}`}>
        {version.locale.toUpperCase()} · {label}
      </Link>
    );
  });
}
