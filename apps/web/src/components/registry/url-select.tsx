"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";
import { Select, type SelectOption } from "@/components/ui/select";

export const ANY = "any";

/**
 * A select bound to one search param of the current page (`any` removes it); changing it
 * drops the page cursor and lets the server render the filtered view.
 */
export function UrlSelect({
  param,
  options,
  label,
  className,
}: {
  param: string;
  options: readonly SelectOption[];
  label: string;
  className?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, start] = useTransition();
  return (
    <Select
      size="sm"
      aria-label={label}
      className={className}
      disabled={pending}
      value={params.get(param) ?? ANY}
      options={options}
      onValueChange={(v) => {
        const next = new URLSearchParams(params.toString());
        if (v === ANY) next.delete(param);
        else next.set(param, v);
        next.delete("cursor");
        const s = next.toString();
        start(() => router.replace(s ? `${pathname}?${s}` : pathname, { scroll: false }));
      }}
    />
  );
}
