import { isAllowed, isDomainError, listMyTeams, listTeams, searchModels } from "@modelgate/core";
import { Boxes, ChevronLeft, ChevronRight, SearchX, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { CodeBlock } from "@/components/registry/code-block";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/field";
import { requirePageContext } from "@/server/session";
import { ModelsFilters } from "./models-filters";
import { type ModelRow, ModelsTable } from "./models-table";
import { NewModelDialog } from "./new-model-dialog";
import { hasFilters, modelsHref, nextPageHref, parseModelsQuery, previousPageHref } from "./url";

export const metadata: Metadata = { title: "Models" };

const PAGE_SIZE = 25;

export default async function ModelsPage({ searchParams }: PageProps<"/models">) {
  const ctx = await requirePageContext();
  const { actor } = ctx;
  const query = parseModelsQuery(await searchParams);
  const orgWide = actor.orgRole === "auditor" || actor.orgRole === "admin";
  const myTeams = await listMyTeams(ctx);
  // Org-wide readers search every team, so the team filter offers every team.
  const filterTeams = orgWide ? await listTeams(ctx) : myTeams;
  const creatable = myTeams.filter((t) =>
    isAllowed({ permission: "model.create", teamRole: t.role, orgRole: actor.orgRole, viaToken: false }),
  );

  let result: Awaited<ReturnType<typeof searchModels>> = { items: [], nextCursor: null, total: 0 };
  let error: string | null = null;
  try {
    result = await searchModels(ctx, {
      q: query.q,
      team: query.team,
      tags: query.tags,
      stage: query.stage,
      archived: query.archived,
      sort: query.sort,
      limit: PAGE_SIZE,
      cursor: query.cursor,
      withTotal: true,
    });
  } catch (e) {
    if (!isDomainError(e) || e.code !== "validation_failed") throw e;
    error = e.message;
  }
  // Only what the table shows crosses to the browser (model cards can be long).
  const rows: ModelRow[] = result.items.map((m) => ({
    id: m.id,
    teamSlug: m.teamSlug,
    name: m.name,
    description: m.description,
    tags: m.tags,
    archived: m.archived,
    latestVersion: m.latestVersion,
    productionVersion: m.productionVersion,
    updatedAt: m.updatedAt,
    createdByName: m.createdByName,
  }));
  const start = query.prev.length * PAGE_SIZE + 1;
  const end = start + rows.length - 1;
  const onlyPage = !query.cursor && !result.nextCursor;
  const noun = (n: number) => `${n} ${n === 1 ? "model" : "models"}`;
  const previous = previousPageHref(query);
  const exampleTeam = creatable[0]?.slug ?? "fraud";

  const newModel = creatable.length ? (
    <NewModelDialog
      teams={creatable}
      defaultTeam={creatable.some((t) => t.slug === query.team) ? query.team : undefined}
    />
  ) : null;
  return (
    <>
      <PageHeader
        title="Models"
        description={
          orgWide
            ? "Every registered model of the organisation, read-only."
            : "Registered models of your teams: search by name, tag, stage or team."
        }
        actions={newModel}
      />
      {rows.length || hasFilters(query) || query.cursor ? (
        <ModelsFilters query={query} teams={filterTeams.map((t) => ({ slug: t.slug, name: t.name }))} />
      ) : null}
      {error ? (
        <div className="space-y-3">
          <FormError message={error} />
          <Button asChild variant="outline" size="sm">
            <Link href="/models">Reset the search</Link>
          </Button>
        </div>
      ) : rows.length === 0 && !query.cursor ? (
        hasFilters(query) ? (
          <Card className="flex flex-col items-center px-6 py-14 text-center">
            <div className="mb-3 flex size-11 items-center justify-center rounded-full bg-muted text-muted-foreground">
              <SearchX className="size-5" />
            </div>
            <h2 className="font-semibold">No models match these filters</h2>
            <p className="mt-1 max-w-sm text-sm text-muted-foreground">
              Names match on any part; tags must match exactly (<code className="font-mono">key=value</code>).
            </p>
            <Button asChild variant="outline" size="sm" className="mt-4">
              <Link href="/models">Clear filters</Link>
            </Button>
          </Card>
        ) : (
          <Card className="flex flex-col items-center px-6 py-14 text-center">
            <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-accent text-accent-foreground">
              <Boxes className="size-6" />
            </div>
            <h2 className="text-lg font-semibold">No models registered yet</h2>
            <p className="mt-2 max-w-lg text-sm text-muted-foreground">
              Register models from a notebook or a training pipeline with the{" "}
              <code className="font-mono">modelgate</code> CLI and an API token from your profile. Each
              version carries its artifacts, metrics and lineage.
            </p>
            <CodeBlock
              wrap
              className="mt-5 w-full max-w-3xl"
              label="From your training pipeline"
              lines={[
                `modelgate models create ${exampleTeam}/my-model`,
                `modelgate versions register ${exampleTeam}/my-model --artifact model.pkl --metric auc=0.93`,
              ]}
            />
            {newModel ? (
              <div className="mt-5 flex items-center gap-3 text-sm text-muted-foreground">
                or create one here {newModel}
              </div>
            ) : null}
          </Card>
        )
      ) : (
        <ModelsTable
          rows={rows}
          query={query}
          title={onlyPage ? noun(rows.length) : `Models ${start}–${end} of ${result.total ?? end}`}
          description={query.sort === "name" ? "Sorted by name" : "Most recently updated first"}
          footer={
            <div className="flex items-center justify-between gap-3 border-t px-4 py-2 text-xs text-muted-foreground">
              <span aria-live="polite">
                {onlyPage ? noun(rows.length) : `Showing ${start}–${end} of ${noun(result.total ?? end)}`}
              </span>
              {onlyPage ? null : (
                <span className="flex items-center gap-1">
                  {previous ? (
                    <Button asChild variant="ghost" size="sm">
                      <Link href={previous}>
                        <ChevronLeft /> Previous
                      </Link>
                    </Button>
                  ) : null}
                  {result.nextCursor ? (
                    <Button asChild variant="outline" size="sm">
                      <Link href={nextPageHref(query, result.nextCursor)}>
                        Next page <ChevronRight />
                      </Link>
                    </Button>
                  ) : null}
                </span>
              )}
            </div>
          }
        />
      )}
      {myTeams.length > 0 ? (
        <section aria-labelledby="teams-heading" className="mt-10">
          <h2
            id="teams-heading"
            className="mb-3 text-xs font-medium uppercase tracking-wide text-muted-foreground"
          >
            Your teams
          </h2>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {myTeams.map((t) => (
              <div key={t.id} className="flex items-center gap-1 rounded-lg border bg-card p-1 shadow-xs">
                <Link
                  href={`/teams/${t.slug}`}
                  className="flex min-w-0 flex-1 items-center gap-3 rounded-md p-2 transition-colors hover:bg-muted/60 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <span className="flex size-8 shrink-0 items-center justify-center rounded-md bg-accent text-accent-foreground">
                    <Users className="size-4" />
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block truncate text-sm font-medium">{t.name}</span>
                    <span className="block font-mono text-xs text-muted-foreground">{t.slug}</span>
                  </span>
                  <Badge tone="primary">{t.role}</Badge>
                </Link>
                <Link
                  href={modelsHref(query, { team: t.slug })}
                  title={`Models of ${t.name}`}
                  aria-label={`Show models of team ${t.slug}`}
                  className="rounded-md p-2 text-muted-foreground transition-colors hover:bg-muted/60 hover:text-foreground"
                >
                  <Boxes className="size-4" />
                </Link>
              </div>
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
