import "server-only";
import { clearSignInFailures, endSessions, recordSignInFailure, signInWait, verifyCredentials } from "@rightsdesk/db/editor";
import { accountThrottleKey, DEACTIVATED_SIGN_IN_MESSAGE, signInWaitMessage, ZCredentials, ZRole } from "@rightsdesk/domain";
import { type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** This machine: every sign-in of a local install, or behind a proxy that names no client, would share it. */
const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * What failed sign-ins are counted against: the account, first, and the address the attempt came from as
 * X-Forwarded-For names it, so guessing across accounts waits too. A loopback address is no client's: counting
 * it would make one person's typos hold up everyone.
 */
function throttleKeys(email: string, headers: Record<string, unknown> | undefined): string[] {
  const forwarded = headers?.["x-forwarded-for"];
  const address = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return [accountThrottleKey(email), ...(address && !LOOPBACK.test(address) ? [`address:${address}`] : [])];
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const credentials = ZCredentials.safeParse(raw);
        if (!credentials.success) return null;
        const keys = throttleKeys(credentials.data.email, request.headers);
        // A waiting account is answered before the password is hashed: guessing costs the server nothing.
        const wait = await signInWait(keys);
        if (wait > 0) throw new Error(signInWaitMessage(wait));
        const user = await verifyCredentials(credentials.data.email, credentials.data.password);
        if (!user) {
          await recordSignInFailure(keys);
          return null;
        }
        await clearSignInFailures(keys[0] ?? "");
        // Said only to whoever knows the password, so the message reveals nothing to a guesser.
        if (user.deactivated) throw new Error(DEACTIVATED_SIGN_IN_MESSAGE);
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = ZRole.parse(user.role);
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.role) session.user = { ...session.user, id: token.sub, role: token.role, sessionVersion: token.sessionVersion ?? 0 };
      return session;
    },
  },
  events: {
    // The cookie of a signed-out session could otherwise still be used until it expires.
    async signOut({ token }) {
      if (token.sub) await endSessions(token.sub);
    },
  },
};
