import { listMediaPage } from "@rightsdesk/db/editor";
import { ZMediaLibraryQuery } from "@rightsdesk/domain";
import { type Metadata } from "next";
import Link from "next/link";
import { ListPager } from "~/features/shared/ui/list-pager";
import { MediaLibrary } from "~/features/media/media-library";
import { listHref, type SearchParams } from "~/features/shared/list-href";
import { requireUser } from "~/features/shared/server/session";

export const metadata: Metadata = { title: "Media library" };

const KINDS = [
  { kind: undefined, label: "Everything" },
  { kind: "image", label: "Images" },
  { kind: "video", label: "Videos" },
] as const;

export default async function MediaPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  const query = ZMediaLibraryQuery.parse(raw);
  const [user, { items, next }] = await Promise.all([requireUser(), listMediaPage(query)]);
  return (
    <>
      <h1>Media library</h1>
      <nav className="toolbar-row" aria-label="Kinds of media">
        {KINDS.map(({ kind, label }) => (
          <Link key={label} href={listHref("/media", raw, { kind })} aria-current={query.kind === kind ? "page" : undefined}>
            {label}
          </Link>
        ))}
      </nav>
      {/* A new page of the library is a new list: the key starts its state afresh. */}
      <MediaLibrary key={`${query.kind ?? ""}:${typeof raw.after === "string" ? raw.after : ""}`} initial={items.map(({ createdAt: _createdAt, ...item }) => item)} role={user.role} />
      <ListPager path="/media" searchParams={raw} next={next} label="More media" />
    </>
  );
}
