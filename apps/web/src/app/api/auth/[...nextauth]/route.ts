import NextAuth from "next-auth";
import { getAuthOptions } from "@/server/auth-options";

// next-auth's handler is made on the first request: its options hold runtime secrets.
let handler: ReturnType<typeof NextAuth> | undefined;
function auth(...args: unknown[]): Promise<Response> {
  handler ??= NextAuth(getAuthOptions());
  return (handler as (...a: unknown[]) => Promise<Response>)(...args);
}

export { auth as GET, auth as POST };
