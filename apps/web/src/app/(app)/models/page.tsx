import { listMyTeams } from "@modelgate/core";
import { Boxes, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/page-header";
import { Badge, Card } from "@/components/ui/card";
import { requirePageContext } from "@/server/session";

export const metadata: Metadata = { title: "Models" };

export default async function ModelsPage() {
  const ctx = await requirePageContext();
  const teams = await listMyTeams(ctx);
  return (
    <>
      <PageHeader
        title="Models"
        description={`Welcome, ${ctx.actor.name}. Registered models of your teams appear here.`}
      />
      {teams.length > 0 ? (
        <section aria-labelledby="teams-heading" className="mb-8">
          <h2 id="teams-heading" className="mb-3 text-sm font-medium text-muted-foreground">
            Your teams
          </h2>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {teams.map((t) => (
              <Link
                key={t.id}
                href={`/teams/${t.slug}`}
                className="group rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                <Card className="flex items-center gap-4 p-5 transition-colors group-hover:border-primary/40 group-hover:bg-muted/30">
                  <div className="flex size-10 items-center justify-center rounded-lg bg-accent text-accent-foreground">
                    <Users className="size-5" />
                  </div>
                  <div className="min-w-0 flex-1">
                    <p className="truncate font-medium">{t.name}</p>
                    <p className="font-mono text-xs text-muted-foreground">{t.slug}</p>
                  </div>
                  <Badge tone="primary">{t.role}</Badge>
                </Card>
              </Link>
            ))}
          </div>
        </section>
      ) : null}
      <EmptyState icon={<Boxes />} title="No models registered yet">
        Model versions registered by your training pipelines and notebooks — with their artifacts, metrics and
        lineage — will be listed here, searchable by name, tag and stage.
      </EmptyState>
    </>
  );
}
