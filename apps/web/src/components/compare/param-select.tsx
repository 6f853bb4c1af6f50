"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";
import { Select, type SelectOption } from "@/components/ui/select";

/**
 * A select bound to one search param of the page: the server renders the chosen view. `value` is
 * what the server resolved (the param, or its default), so the select never shows a blank.
 */
export function ParamSelect({
  param,
  value,
  options,
  label,
  className,
  id,
}: {
  param: string;
  value: string;
  options: readonly SelectOption[];
  label: string;
  className?: string;
  id?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, start] = useTransition();
  return (
    <Select
      id={id}
      size="sm"
      aria-label={label}
      className={className}
      disabled={pending}
      value={value}
      options={options}
      onValueChange={(v) => {
        const next = new URLSearchParams(params.toString());
        next.set(param, v);
        start(() => router.replace(`${pathname}?${next.toString()}`, { scroll: false }));
      }}
    />
  );
}
