"use client";

import { Archive, Loader2, Search, Tag, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import { hasFilters, type ModelsQuery, modelsHref } from "./url";

const ANY = "any";
const stageOptions = [
  { value: ANY, label: "Any stage" },
  { value: "staging", label: "In staging", hint: "A version is in staging" },
  { value: "production", label: "In production", hint: "A version is in production" },
  { value: "archived", label: "Has archived versions" },
];
const sortOptions = [
  { value: "updated", label: "Recently updated" },
  { value: "name", label: "Name (A–Z)" },
];

/** The filter bar of /models: every change becomes a URL the server renders. */
export function ModelsFilters({
  query,
  teams,
}: {
  query: ModelsQuery;
  teams: { slug: string; name: string }[];
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const go = (patch: Partial<ModelsQuery>) =>
    start(() => router.replace(modelsHref(query, patch), { scroll: false }));

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const q = String(form.get("q") ?? "").trim();
    const tag = String(form.get("tag") ?? "").trim();
    const tags = tag && !query.tags.includes(tag) ? [...query.tags, tag] : query.tags;
    go({ q: q || undefined, tags });
    const input = e.currentTarget.elements.namedItem("tag");
    if (input instanceof HTMLInputElement) input.value = "";
  }

  const teamOptions = [
    { value: ANY, label: "All teams" },
    ...teams.map((t) => ({ value: t.slug, label: t.name, hint: t.slug })),
  ];
  return (
    <div className="mb-4 space-y-3">
      <form onSubmit={onSubmit} aria-label="Search models" className="flex flex-wrap items-center gap-2">
        <div className="relative min-w-48 flex-[2]">
          <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            key={query.q ?? ""}
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Search by name"
            aria-label="Search by name"
            className="pl-8"
          />
        </div>
        <div className="relative min-w-40 flex-1">
          <Tag className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            name="tag"
            placeholder="Tag key=value"
            aria-label="Filter by tag"
            className="pl-8 font-mono text-xs"
          />
        </div>
        <Button type="submit" variant="outline" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Search />}
          Search
        </Button>
        <div className="flex w-full flex-wrap items-center gap-2 lg:w-auto">
          <Select
            aria-label="Stage"
            className="w-44"
            value={query.stage ?? ANY}
            options={stageOptions}
            onValueChange={(v) => go({ stage: v === ANY ? undefined : (v as ModelsQuery["stage"]) })}
          />
          {teams.length > 1 ? (
            <Select
              aria-label="Team"
              className="w-48"
              value={query.team ?? ANY}
              options={teamOptions}
              onValueChange={(v) => go({ team: v === ANY ? undefined : v })}
            />
          ) : null}
          <Select
            aria-label="Sort"
            className="w-44"
            value={query.sort}
            options={sortOptions}
            onValueChange={(v) => go({ sort: v === "name" ? "name" : "updated" })}
          />
          <Button
            type="button"
            variant="outline"
            aria-pressed={query.archived}
            onClick={() => go({ archived: !query.archived })}
            className={cn(
              query.archived && "border-primary/50 bg-accent text-accent-foreground hover:bg-accent",
            )}
          >
            <Archive /> Archived
          </Button>
        </div>
      </form>
      {hasFilters(query) ? (
        <div className="flex flex-wrap items-center gap-2 text-xs">
          <span className="text-muted-foreground">Filtered by</span>
          {query.q ? (
            <FilterChip label={`name contains “${query.q}”`} onRemove={() => go({ q: undefined })} />
          ) : null}
          {query.tags.map((t) => (
            <FilterChip
              key={t}
              label={t}
              mono
              onRemove={() => go({ tags: query.tags.filter((x) => x !== t) })}
            />
          ))}
          {query.stage ? (
            <FilterChip label={`stage: ${query.stage}`} onRemove={() => go({ stage: undefined })} />
          ) : null}
          {query.team ? (
            <FilterChip label={`team: ${query.team}`} onRemove={() => go({ team: undefined })} />
          ) : null}
          {query.archived ? (
            <FilterChip label="archived models" onRemove={() => go({ archived: false })} />
          ) : null}
          <button
            type="button"
            onClick={() => start(() => router.replace("/models", { scroll: false }))}
            className="font-medium text-primary hover:underline"
          >
            Clear all
          </button>
        </div>
      ) : null}
    </div>
  );
}

function FilterChip({ label, onRemove, mono }: { label: string; onRemove: () => void; mono?: boolean }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full border bg-card py-0.5 pl-2.5 pr-1 shadow-sm",
        mono && "font-mono",
      )}
    >
      {label}
      <button
        type="button"
        onClick={onRemove}
        aria-label={`Remove filter ${label}`}
        className="rounded-full p-0.5 text-muted-foreground hover:bg-muted hover:text-foreground"
      >
        <X className="size-3" />
      </button>
    </span>
  );
}
