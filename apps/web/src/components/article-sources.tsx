import { type Locale } from "@rightsdesk/domain";
import { type ArticleSource } from "@rightsdesk/rich-text";
import { messages } from "~/i18n/messages";
import { formatDate } from "~/lib/format-date";
import "./article-notes.css";

/** The numbered sources of the statements an article quotes; each footnote in the text links here and back. */
export function ArticleSources({ sources, locale }: { sources: readonly ArticleSource[]; locale: Locale }) {
  if (sources.length === 0) return null;
  const t = messages(locale);
  return (
    <section className="article-sources" aria-labelledby="article-sources-heading">
      <h2 id="article-sources-heading">{t.sources}</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.number} id={`source-${source.number}`}>
            <cite>{source.organisation}</cite>
            {source.date ? (
              <>
                , <time dateTime={source.date}>{formatDate(new Date(source.date), locale)}</time>
              </>
            ) : null}
            {source.url ? (
              <>
                : <a href={source.url}>{source.url}</a>
              </>
            ) : null}{" "}
            <a href={`#ref-${source.number}`} aria-label={t.backToStatement}>
              ↩
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
