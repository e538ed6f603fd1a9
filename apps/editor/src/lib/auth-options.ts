import { endSessions, verifyCredentials } from "@rightsdesk/db";
import { ZCredentials, ZRole } from "@rightsdesk/domain";
import { type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const credentials = ZCredentials.safeParse(raw);
        if (!credentials.success) return null;
        const user = await verifyCredentials(credentials.data.email, credentials.data.password);
        return user ? { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } : null;
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
