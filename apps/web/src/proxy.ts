import { type NextRequest, NextResponse } from "next/server";

const PUBLIC_PAGES = ["/login"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * First gate for pages, cheap and stateless: no session cookie at all → the login page. Whether
 * a session is still valid is decided against the database by the page.
 */
export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (PUBLIC_PAGES.includes(pathname)) return NextResponse.next();
  if (!SESSION_COOKIES.some((c) => req.cookies.has(c))) {
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

// Pages only. Route handlers under /api authenticate every request themselves (apiRoute: bearer
// token or session, the same 401 body), so running the proxy in front of them only cost time on
// the hottest paths — and Next.js caps bodies passing through it at 10 MiB (artifact uploads).
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
