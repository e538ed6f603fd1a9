import { type ArticleHeading } from "@rightsdesk/rich-text";
import "./article-notes.css";

/** Fewer headings than this and the article is short enough to read without a table of contents. */
export const TOC_MIN_HEADINGS = 3;

/** Links to the article's headings (level 2 and 3), whose ids the render step gave them. */
export function TableOfContents({ headings, label }: { headings: readonly ArticleHeading[]; label: string }) {
  const entries = headings.filter((heading) => heading.level <= 3);
  if (entries.length < TOC_MIN_HEADINGS) return null;
  return (
    <nav className="toc" aria-label={label}>
      <p className="toc-title">{label}</p>
      <ol>
        {entries.map((heading) => (
          <li key={heading.id} className={heading.level === 3 ? "toc-sub" : undefined}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
