"use client";

import { Check, ChevronDown } from "lucide-react";
import { Select as S } from "radix-ui";
import { cn } from "@/lib/cn";

export interface SelectOption {
  value: string;
  label: string;
  hint?: string;
  /** Consecutive options with the same group are listed under it as a heading. */
  group?: string;
}

/** Options split into runs of the same `group` (ungrouped options form runs of their own). */
function runs(options: readonly SelectOption[]) {
  const out: { group?: string; options: SelectOption[] }[] = [];
  for (const o of options) {
    const last = out.at(-1);
    if (last && last.group === o.group) last.options.push(o);
    else out.push({ group: o.group, options: [o] });
  }
  return out;
}

/** A styled single select on Radix (keyboard, typeahead, screen readers); `name` posts with forms. */
export function Select({
  id,
  name,
  value,
  defaultValue,
  onValueChange,
  options,
  placeholder,
  disabled,
  invalid,
  className,
  size = "default",
  "aria-label": ariaLabel,
  "aria-describedby": describedBy,
}: {
  id?: string;
  name?: string;
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  options: readonly SelectOption[];
  placeholder?: string;
  disabled?: boolean;
  invalid?: boolean;
  className?: string;
  size?: "default" | "sm";
  "aria-label"?: string;
  "aria-describedby"?: string;
}) {
  return (
    <S.Root
      name={name}
      value={value}
      defaultValue={defaultValue}
      onValueChange={onValueChange}
      disabled={disabled}
    >
      <S.Trigger
        id={id}
        aria-label={ariaLabel}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className={cn(
          "flex w-full items-center justify-between gap-2 rounded-md border border-input bg-card px-3 text-left text-sm shadow-sm transition-colors hover:bg-muted/60 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:cursor-not-allowed disabled:opacity-50 aria-[invalid=true]:border-destructive data-[placeholder]:text-muted-foreground",
          size === "sm" ? "h-8 text-xs" : "h-9",
          className,
        )}
      >
        <S.Value placeholder={placeholder} />
        <S.Icon asChild>
          <ChevronDown className="size-4 shrink-0 opacity-60" />
        </S.Icon>
      </S.Trigger>
      <S.Portal>
        <S.Content
          position="popper"
          sideOffset={4}
          className="z-50 max-h-[var(--radix-select-content-available-height)] min-w-[var(--radix-select-trigger-width)] overflow-hidden rounded-lg border bg-card text-card-foreground shadow-lg"
        >
          <S.Viewport className="p-1">
            {runs(options).map((run) =>
              run.group ? (
                <S.Group key={`group:${run.group}:${run.options[0]!.value}`}>
                  <S.Label className="px-3 pb-1 pt-2 text-[11px] font-semibold uppercase tracking-wide text-muted-foreground">
                    {run.group}
                  </S.Label>
                  {run.options.map((o) => (
                    <Item key={o.value} option={o} />
                  ))}
                </S.Group>
              ) : (
                run.options.map((o) => <Item key={o.value} option={o} />)
              ),
            )}
          </S.Viewport>
        </S.Content>
      </S.Portal>
    </S.Root>
  );
}

function Item({ option: o }: { option: SelectOption }) {
  return (
    <S.Item
      value={o.value}
      className="relative flex cursor-pointer select-none flex-col rounded-md py-1.5 pl-8 pr-3 text-sm outline-none data-[disabled]:pointer-events-none data-[highlighted]:bg-muted data-[disabled]:opacity-50"
    >
      <S.ItemIndicator className="absolute left-2 top-2 text-primary">
        <Check className="size-4" />
      </S.ItemIndicator>
      <S.ItemText>{o.label}</S.ItemText>
      {o.hint ? <span className="text-xs text-muted-foreground">{o.hint}</span> : null}
    </S.Item>
  );
}
