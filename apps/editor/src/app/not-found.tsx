import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { NotFoundNotice } from "~/features/shared/ui/not-found-notice";

export const metadata: Metadata = { title: "Not found" };

/** Our page for an address that matches no route, in the editor's look (outside the desk's signed-in layout). */
export default async function NotFound() {
  // Rendered per request, not prerendered: Next puts the request's CSP nonce on its scripts only then.
  await connection();
  return (
    <>
      <header className="app-header">
        <Link href="/">RightsDesk editor</Link>
      </header>
      <main id="main" className="app-main">
        <NotFoundNotice />
      </main>
    </>
  );
}
