import { type ReactNode } from "react";
import { AppHeader } from "~/features/shared/ui/app-header";
import { requireUser } from "~/features/shared/server/session";

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
