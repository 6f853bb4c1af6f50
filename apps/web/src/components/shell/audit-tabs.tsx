"use client";

import { CalendarSearch, ClipboardList, ScrollText } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";

const tabs = [
  { href: "/audit", label: "Trail", icon: ScrollText },
  { href: "/audit/as-of", label: "As of", icon: CalendarSearch },
  { href: "/audit/inventory", label: "Inventory", icon: ClipboardList },
] as const;

/** The Audit section's pages: the trail, "what was in production on date X", the model inventory. */
export function AuditTabs() {
  const pathname = usePathname();
  const current =
    tabs.find((t) => t.href !== "/audit" && (pathname === t.href || pathname.startsWith(`${t.href}/`)))
      ?.href ?? "/audit";
  return (
    <nav aria-label="Audit sections" className="mb-6 flex gap-1 overflow-x-auto border-b">
      {tabs.map(({ href, label, icon: Icon }) => (
        <Link
          key={href}
          href={href}
          aria-current={current === href ? "page" : undefined}
          className={cn(
            "-mb-px flex items-center gap-2 whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium transition-colors",
            current === href
              ? "border-primary text-foreground"
              : "border-transparent text-muted-foreground hover:text-foreground",
          )}
        >
          <Icon className="size-4" />
          {label}
        </Link>
      ))}
    </nav>
  );
}
