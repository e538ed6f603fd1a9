import { type ReactNode } from "react";
import { AppHeader } from "~/components/app-header";
import { requireUser } from "~/lib/session";

export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader user={user} />
      <main id="main" className="app-main">
        {children}
      </main>
    </>
  );
}
