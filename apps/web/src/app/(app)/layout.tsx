import { listMyTeams, listRequests } from "@modelgate/core";
import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/logo";
import { NavLinks } from "@/components/shell/nav-links";
import { UserMenu } from "@/components/shell/user-menu";
import { ThemeToggle } from "@/components/theme-toggle";
import { requirePageContext } from "@/server/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const ctx = await requirePageContext();
  const { actor } = ctx;
  const [teams, waiting] = await Promise.all([
    listMyTeams(ctx),
    listRequests(ctx, { view: "waiting", limit: 200 }),
  ]);
  const sections = ["/models", "/approvals", "/audit", ...(actor.orgRole === "admin" ? ["/admin"] : [])];
  return (
    <div className="flex min-h-screen flex-col">
      <header className="sticky top-0 z-40 border-b bg-background/85 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4 sm:px-6">
          <Link href="/models" className="flex items-center gap-2 font-semibold tracking-tight">
            <Logo /> <span className="hidden sm:inline">Modelgate</span>
          </Link>
          <NavLinks show={sections} badges={{ "/approvals": waiting.length }} />
          <div className="ml-auto flex items-center gap-1">
            <ThemeToggle />
            <UserMenu name={actor.name} email={actor.email} orgRole={actor.orgRole} teams={teams} />
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
