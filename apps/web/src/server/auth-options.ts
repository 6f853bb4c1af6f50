import "server-only";
import { anonymousContext, isDomainError, login, SESSION_TTL_SECONDS } from "@modelgate/core";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, env } from "./env";
import { requestMeta } from "./request-meta";
import { getDb } from "./runtime";

// next-auth builds callback URLs from this; default to the port we serve on.
process.env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;

/**
 * next-auth carries only our session id in its signed JWT; the session row in the database is
 * the truth, checked on every request (so logout, disable and expiry take effect at once).
 */
export const authOptions: AuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_TTL_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const db = await getDb();
        const ctx = anonymousContext(db, requestMeta(req.headers ?? {}));
        try {
          const { sessionId, user } = await login(ctx, {
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
          });
          return { id: user.id, email: user.email, name: user.name, sessionId };
        } catch (e) {
          // next-auth hands this message to the login form.
          if (isDomainError(e)) throw new Error(e.message);
          console.error("login failed unexpectedly", e);
          throw new Error("Sign-in is unavailable right now. Please try again.");
        }
      },
    }),
  ],
  logger: {
    // A forged or stale cookie is an expected event, not a server error: one line, no stack.
    error(code, meta) {
      if (code === "JWT_SESSION_ERROR") console.warn("[auth] rejected an unreadable session cookie");
      else console.error(`[auth] ${code}`, meta);
    },
    warn(code) {
      console.warn(`[auth] ${code}`);
    },
    debug() {},
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sid = (user as { sessionId?: string }).sessionId;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: token.sid as string | undefined };
    },
  },
};
