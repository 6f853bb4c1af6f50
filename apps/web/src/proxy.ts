import { type NextRequest, NextResponse } from "next/server";

const PUBLIC_PAGES = ["/login"];
const PUBLIC_API = [
  "/api/health",
  "/api/auth/",
  "/api/v1/openapi.json",
  // Signed checkpoints and the key that signs them: no content, and outside witnesses fetch them.
  "/api/v1/audit/checkpoints",
  "/api/v1/audit/public-key",
];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * First gate, cheap and stateless: no credential at all → the login page (pages) or 401 (API).
 * Whether a credential is still valid is decided against the database by the page or route.
 */
export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const isApi = pathname.startsWith("/api/");
  if (isApi ? PUBLIC_API.some((p) => pathname.startsWith(p)) : PUBLIC_PAGES.includes(pathname)) {
    return NextResponse.next();
  }
  const hasCredential =
    SESSION_COOKIES.some((c) => req.cookies.has(c)) ||
    req.headers.get("authorization")?.startsWith("Bearer ");
  if (!hasCredential) {
    if (isApi) {
      const requestId = crypto.randomUUID();
      return NextResponse.json(
        { error: { code: "unauthenticated", message: "Sign in or send an API token.", requestId } },
        { status: 401, headers: { "x-request-id": requestId } },
      );
    }
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  // Pages read where to come back to after a fresh sign-in from this header.
  const forwarded = new Headers(req.headers);
  forwarded.set("x-mg-path", pathname + search);
  return NextResponse.next({ request: { headers: forwarded } });
}

// Artifact uploads bypass the proxy: Next.js caps bodies passing through it at 10 MiB, and the
// route authenticates every request itself (apiRoute), so nothing is lost.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|icon.svg|api/v1/models/[^/]+/[^/]+/versions/[^/]+/artifacts/).*)",
  ],
};
