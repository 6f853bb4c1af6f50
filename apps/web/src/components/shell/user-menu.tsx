"use client";

import { BookOpen, KeyRound, LogOut, Users } from "lucide-react";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { DropdownMenu } from "radix-ui";
import { useTransition } from "react";
import { signOutAction } from "@/actions/sign-out";
import { initials } from "@/lib/format";

export interface UserMenuProps {
  name: string;
  email: string;
  orgRole: string;
  teams: { slug: string; name: string; role: string }[];
}

const itemClass =
  "flex cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-sm outline-none data-[highlighted]:bg-muted";

export function UserMenu({ name, email, orgRole, teams }: UserMenuProps) {
  const [pending, start] = useTransition();
  const signOutNow = () =>
    start(async () => {
      await signOutAction();
      await signOut({ callbackUrl: "/login" });
    });
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="flex items-center gap-2 rounded-full p-0.5 pr-2 text-sm hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        aria-label={`Account menu for ${name}`}
      >
        <span className="flex size-8 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground">
          {initials(name)}
        </span>
        <span className="hidden text-left leading-tight md:block">
          <span className="block font-medium">{name}</span>
          <span className="block text-xs text-muted-foreground" data-testid="org-role">
            {orgRole}
          </span>
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={8}
          className="z-50 w-72 rounded-lg border bg-card p-1 text-card-foreground shadow-lg"
        >
          <div className="px-3 py-2">
            <p className="font-medium">{name}</p>
            <p className="text-xs text-muted-foreground">{email}</p>
            <p className="mt-2 text-xs">
              Organisation role: <span className="font-medium">{orgRole}</span>
            </p>
          </div>
          {teams.length > 0 ? (
            <>
              <DropdownMenu.Separator className="my-1 h-px bg-border" />
              <DropdownMenu.Label className="px-3 py-1 text-xs font-medium text-muted-foreground">
                Teams
              </DropdownMenu.Label>
              {teams.map((t) => (
                <DropdownMenu.Item key={t.slug} asChild className={itemClass}>
                  <Link href={`/teams/${t.slug}`}>
                    <Users className="size-4 text-muted-foreground" />
                    <span className="min-w-0 flex-1 truncate">{t.name}</span>
                    <span className="text-xs text-muted-foreground">{t.role}</span>
                  </Link>
                </DropdownMenu.Item>
              ))}
            </>
          ) : null}
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item asChild className={itemClass}>
            <Link href="/profile">
              <KeyRound className="size-4 text-muted-foreground" /> Profile &amp; API tokens
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild className={itemClass}>
            <Link href="/api-docs">
              <BookOpen className="size-4 text-muted-foreground" /> API reference
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            onSelect={(e) => {
              e.preventDefault();
              signOutNow();
            }}
            disabled={pending}
            className={itemClass}
          >
            <LogOut className="size-4" /> {pending ? "Signing out…" : "Sign out"}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
