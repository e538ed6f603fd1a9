import Link from "next/link";

/** What "not found" says and the ways back to work; it names nothing, since it may be shown to anyone. */
export function NotFoundNotice() {
  return (
    <section className="card" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>There is nothing at this address. The article or record may have been deleted, or the link may be mistyped.</p>
      <p className="toolbar-row">
        <Link href="/" className="button primary">
          Back to the articles
        </Link>
        <Link href="/dashboard" className="button">
          Dashboard
        </Link>
      </p>
    </section>
  );
}
