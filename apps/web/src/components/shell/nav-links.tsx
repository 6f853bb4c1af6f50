"use client";

import { Boxes, ClipboardCheck, ScrollText, Settings } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";

const links = [
  { href: "/models", label: "Models", icon: Boxes },
  { href: "/approvals", label: "Approvals", icon: ClipboardCheck },
  { href: "/audit", label: "Audit", icon: ScrollText },
  { href: "/admin", label: "Admin", icon: Settings },
] as const;

/** `badges`: a count shown on a link (e.g. requests waiting for my review); hidden when 0. */
export function NavLinks({
  show,
  badges = {},
}: {
  show: readonly string[];
  badges?: Partial<Record<string, number>>;
}) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex items-center gap-1 overflow-x-auto">
      {links
        .filter((l) => show.includes(l.href))
        .map(({ href, label, icon: Icon }) => {
          const active = pathname === href || pathname.startsWith(`${href}/`);
          const count = badges[href] ?? 0;
          return (
            <Link
              key={href}
              href={href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground transition-colors hover:bg-muted hover:text-foreground",
                active && "bg-accent text-accent-foreground hover:bg-accent hover:text-accent-foreground",
              )}
            >
              <Icon className="size-4" />
              <span className="hidden sm:inline">{label}</span>
              {count > 0 ? (
                <span
                  className="min-w-5 rounded-full bg-primary px-1.5 text-center text-[11px] font-semibold leading-5 text-primary-foreground tabular-nums"
                  data-testid={`nav-badge-${label.toLowerCase()}`}
                >
                  {count > 99 ? "99+" : count}
                  <span className="sr-only"> waiting</span>
                </span>
              ) : null}
            </Link>
          );
        })}
    </nav>
  );
}
