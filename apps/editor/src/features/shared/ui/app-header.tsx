import { can, type User } from "@rightsdesk/domain";
import Link from "next/link";
import { env } from "~/features/shared/server/env";
import { SignOutButton } from "./sign-out-button";

export function AppHeader({ user }: { user: User }) {
  return (
    <header className="app-header">
      <Link href="/">RightsDesk editor</Link>
      <nav className="app-nav" aria-label="Sections">
        <Link href="/dashboard">Dashboard</Link>
        <Link href="/">Articles</Link>
        <Link href="/translations">Translations</Link>
        <Link href="/people">People</Link>
        <Link href="/cases">Cases</Link>
        <Link href="/organisations">Organisations</Link>
        {can(user.role, { kind: "user.manage" }) && <Link href="/users">Users</Link>}
        {can(user.role, { kind: "audit.read" }) && <Link href="/audit">Audit log</Link>}
        <Link href="/media">Media</Link>
      </nav>
      <a href={env.PUBLIC_SITE_URL}>Public site</a>
      <span className="spacer" />
      {/* The name leads to the account, as in most desks: a link of its own wrapped the header onto a second line at 1280 px. */}
      <Link href="/account" className="account" aria-label={`${user.name} (${user.role}), your account`}>
        {user.name} ({user.role})
      </Link>
      <SignOutButton />
    </header>
  );
}
