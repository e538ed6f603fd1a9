import Link from "next/link";
import { listHref, type SearchParams } from "~/features/shared/list-href";

type Props = {
  /** The list's own address. */
  path: string;
  searchParams: SearchParams;
  /** Where the next page starts; null on the last one. */
  next: string | null;
  /** What the pages are of, for the navigation's name ("More articles"). */
  label: string;
};

/**
 * The links under a list paged by position: on to the next page, and back to the start once paged.
 * There is no "previous": a position only knows what follows it, which keeps every page as cheap as the first.
 */
export function ListPager({ path, searchParams, next, label }: Props) {
  const paged = typeof searchParams.after === "string" && searchParams.after !== "";
  if (!next && !paged) return null;
  return (
    <nav className="toolbar-row" aria-label={label}>
      {paged && <Link href={listHref(path, searchParams)}>Back to the start</Link>}
      {next && <Link href={listHref(path, searchParams, { after: next })}>Next page →</Link>}
    </nav>
  );
}
