import { type Locale } from "@rightsdesk/domain";
import Link from "next/link";
import { messages } from "~/i18n/messages";
import { articlePath } from "~/lib/paths";
import { PublishedDate } from "./published-date";

type Item = { slug: string; title: string; publishedAt: Date | null };

/** Published articles in the reader's language about a person or a case; nothing when there are none. */
export function LinkedArticles({ articles, locale }: { articles: readonly Item[]; locale: Locale }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="in-the-news-heading">
      <h2 id="in-the-news-heading">{messages(locale).inTheNews}</h2>
      <ul className="linked-articles">
        {articles.map((article) => (
          <li key={article.slug}>
            <Link href={articlePath(locale, article.slug)}>{article.title}</Link>
            {article.publishedAt ? <PublishedDate date={article.publishedAt} locale={locale} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
