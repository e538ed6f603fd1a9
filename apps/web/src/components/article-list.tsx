import { type Locale, type PublishedArticleTeaser } from "@rightsdesk/domain";
import { ArticleTeaser } from "./article-teaser";

export function ArticleList({ items, locale }: { items: readonly PublishedArticleTeaser[]; locale: Locale }) {
  return (
    <ol className="article-list">
      {items.map((teaser) => (
        <li key={teaser.slug}>
          <ArticleTeaser teaser={teaser} locale={locale} />
        </li>
      ))}
    </ol>
  );
}
