import { type Locale } from "@rightsdesk/domain";
import Link from "next/link";
import { interpolate, messages } from "~/i18n/messages";
import { paginationLinks } from "~/lib/pagination";

type Props = { href: (page: number) => string; page: number; pageCount: number; locale: Locale };

export function Pagination({ href, page, pageCount, locale }: Props) {
  if (pageCount <= 1) return null;
  const t = messages(locale);
  const { previous, next } = paginationLinks(href, page, pageCount);
  return (
    <nav className="pagination" aria-label={t.pagination}>
      <div className="pagination-previous">
        {previous ? (
          <Link href={previous} rel="prev">
            <span aria-hidden="true">← </span>
            {t.previousPage}
          </Link>
        ) : null}
      </div>
      <p className="pagination-status">{interpolate(t.pageOf, { page, count: pageCount })}</p>
      <div className="pagination-next">
        {next ? (
          <Link href={next} rel="next">
            {t.nextPage}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
