import { type Locale, LOCALES, type PublishedArticleTeaser } from "@rightsdesk/domain";
import { type Page } from "@rightsdesk/db/public";
import { messages } from "~/i18n/messages";
import { pageHref } from "~/lib/pagination";
import { ArticleList } from "./article-list";
import { LocaleLinks } from "./locale-links";
import { Pagination } from "./pagination";

type Props = {
  result: Page<PublishedArticleTeaser>;
  locale: Locale;
  basePath: string;
  /** Shown when there is nothing in this language, above links to the same listing in the others. */
  emptyMessage: string;
  otherLocaleHref: (locale: Locale) => string;
};

/** A page of teasers with its pagination, or the empty state with the way to other languages. */
export function Listing({ result, locale, basePath, emptyMessage, otherLocaleHref }: Props) {
  if (result.items.length === 0) {
    return (
      <div className="empty-state">
        <p>{emptyMessage}</p>
        <p>{messages(locale).readInOtherLanguage}</p>
        <LocaleLinks locales={LOCALES.filter((other) => other !== locale)} href={otherLocaleHref} />
      </div>
    );
  }
  return (
    <>
      <ArticleList items={result.items} locale={locale} />
      <Pagination href={(page) => pageHref(basePath, page)} page={result.page} pageCount={result.pageCount} locale={locale} />
    </>
  );
}
