import "server-only";
import { type Actor, getSessionUser } from "@rightsdesk/db/editor";
import { AppError, type User } from "@rightsdesk/domain";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./auth-options";

/**
 * The signed-in user as the database knows them now: a deleted account, a changed role or password and a
 * sign-out take effect on the next request, not when the session cookie expires. Read once per request (React's
 * `cache`): the layout and the page both ask, and on the embedded database a second read waits for the other queries.
 */
export const sessionUser = cache(async (): Promise<User | null> => {
  const session = await getServerSession(authOptions);
  return session?.user.id ? getSessionUser(session.user.id, session.user.sessionVersion) : null;
});

/** For pages: the user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<User> {
  const user = await sessionUser();
  if (!user) redirect("/login");
  return user;
}

/** For API routes: the acting user, or a 401 the editor can explain. */
export async function requireActor(): Promise<Actor> {
  const user = await sessionUser();
  if (!user) throw new AppError("unauthenticated", "Your session has expired. Sign in again; your unsaved text is kept in this browser.");
  return { id: user.id, role: user.role };
}
