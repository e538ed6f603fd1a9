import "server-only";
import { type Actor, getUser } from "@rightsdesk/db";
import { AppError, type User } from "@rightsdesk/domain";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./auth-options";

/**
 * The signed-in user as the database knows them now: a deleted account or a changed role takes
 * effect on the next request, not when the session cookie expires.
 */
async function sessionUser(): Promise<User | null> {
  const session = await getServerSession(authOptions);
  return session?.user.id ? getUser(session.user.id) : null;
}

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
