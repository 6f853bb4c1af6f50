import { isDomainError, productionAsOf } from "@modelgate/core";
import { CalendarSearch } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { formatDateTime } from "@/lib/format";
import { first } from "@/server/page-access";
import { instantParam } from "@/server/query";
import { requirePageContext } from "@/server/session";
import { AsOfTable } from "./as-of-table";

export const metadata: Metadata = { title: "What was in production?" };

const DAY = 86_400_000;

/**
 * "What was in production on date X": pick a UTC date and time (`?at=`, default now) and see
 * every model you can read as it stood then, rebuilt from the stage and alias history.
 */
export default async function AsOfPage({ searchParams }: PageProps<"/audit/as-of">) {
  const sp = await searchParams;
  const ctx = await requirePageContext();
  const raw = first(sp.at);
  let at: Date;
  let invalid = false;
  try {
    at = instantParam(raw);
  } catch (e) {
    if (!isDomainError(e)) throw e;
    at = new Date();
    invalid = true;
  }
  const rows = await productionAsOf(ctx, at);
  const live = rows.filter((r) => r.productionVersion !== null).length;
  const now = Date.now();
  const quick = [
    { label: "Now", href: "/audit/as-of" },
    { label: "Yesterday", href: `/audit/as-of?at=${new Date(now - DAY).toISOString()}` },
    { label: "A week ago", href: `/audit/as-of?at=${new Date(now - 7 * DAY).toISOString()}` },
    { label: "30 days ago", href: `/audit/as-of?at=${new Date(now - 30 * DAY).toISOString()}` },
  ];

  return (
    <>
      <PageHeader
        title="What was in production?"
        description="Every model's production version and aliases at a moment, rebuilt from the recorded stage and alias changes."
      />
      <Card className="mb-6 px-4 py-4">
        <form method="get" action="/audit/as-of" className="flex flex-wrap items-end gap-3">
          <div className="space-y-2">
            <Label htmlFor="at">Date and time (UTC)</Label>
            <Input
              // Remounts on each instant: a client navigation must not keep the previous value.
              key={at.toISOString()}
              id="at"
              name="at"
              type="datetime-local"
              step={1}
              defaultValue={at.toISOString().slice(0, 19)}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? "at-error" : undefined}
              className="w-60 font-mono"
            />
          </div>
          <Button type="submit">
            <CalendarSearch /> Show
          </Button>
          <nav aria-label="Quick picks" className="flex flex-wrap items-center gap-1.5 sm:ml-auto">
            {quick.map((q) => (
              <Button key={q.label} asChild variant="outline" size="sm">
                <Link href={q.href}>{q.label}</Link>
              </Button>
            ))}
          </nav>
        </form>
        {invalid ? (
          <p id="at-error" role="alert" className="mt-2 text-xs text-destructive">
            “{raw}” is not a date and time; showing now instead.
          </p>
        ) : null}
      </Card>
      <AsOfTable
        title={<>As of {formatDateTime(at)}</>}
        description={
          rows.length
            ? `${rows.length} ${rows.length === 1 ? "model" : "models"} existed then; ${live} had a version in production.`
            : undefined
        }
        rows={rows.map((r) => ({
          modelId: r.modelId,
          team: r.team,
          name: r.name,
          productionVersion: r.productionVersion,
          productionSince: r.productionSince,
          aliases: r.aliases,
        }))}
        empty={
          <>
            <p className="font-medium text-foreground">Nothing was in production.</p>
            <p className="mt-1">No model you can read existed at that time.</p>
          </>
        }
      />
    </>
  );
}
