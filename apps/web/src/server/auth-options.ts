import "server-only";
import { anonymousContext, isDomainError, login, SESSION_TTL_SECONDS } from "@modelgate/core";
import { getLogger, requestLogger } from "@modelgate/core/log";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "./config";
import { requestMeta } from "./request-meta";
import { getDb } from "./runtime";

let options: AuthOptions | undefined;

/**
 * next-auth carries only our session id in its signed JWT; the session row in the database is
 * the truth, checked on every request (so logout, disable and expiry take effect at once).
 * Built on first use, not at import: the secret is runtime configuration, and `next build`
 * imports this module.
 */
export function getAuthOptions(): AuthOptions {
  options ??= {
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
            requestLogger(ctx.requestId).error({ err: e }, "login failed unexpectedly");
            throw new Error("Sign-in is unavailable right now. Please try again.");
          }
        },
      }),
    ],
    logger: {
      // A forged or stale cookie is an expected event, not a server error: one line, no stack.
      error(code, meta) {
        if (code === "JWT_SESSION_ERROR") getLogger().warn("[auth] rejected an unreadable session cookie");
        else getLogger().error({ code, meta }, `[auth] ${code}`);
      },
      warn(code) {
        getLogger().warn(`[auth] ${code}`);
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
  return options;
}
