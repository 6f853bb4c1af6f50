/**
 * The models list keeps all of its state in the URL, so the server renders every view and any
 * view can be shared. Pure: used by the page (server) and the filter bar (browser).
 */

export interface ModelsQuery {
  q?: string;
  tags: string[];
  stage?: "staging" | "production" | "archived";
  team?: string;
  sort: "updated" | "name";
  archived: boolean;
  /** The page's keyset cursor, and the cursors of the pages before it ("0" is the first page). */
  cursor?: string;
  prev: string[];
}

type Raw = Record<string, string | string[] | undefined>;

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined) => list(v)[0]?.trim() || undefined;

export function parseModelsQuery(sp: Raw): ModelsQuery {
  const stage = one(sp.stage);
  return {
    q: one(sp.q),
    tags: [
      ...new Set(
        list(sp.tag)
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ].slice(0, 10),
    stage: stage === "staging" || stage === "production" || stage === "archived" ? stage : undefined,
    team: one(sp.team),
    sort: one(sp.sort) === "name" ? "name" : "updated",
    archived: one(sp.archived) === "1",
    cursor: one(sp.cursor),
    prev: list(sp.prev).slice(0, 50),
  };
}

/** `/models?…` for a query; filters changed through `patch` start again from the first page. */
export function modelsHref(query: ModelsQuery, patch: Partial<ModelsQuery> = {}): string {
  const paging = "cursor" in patch || "prev" in patch;
  const next: ModelsQuery = { ...query, ...(paging ? {} : { cursor: undefined, prev: [] }), ...patch };
  const sp = new URLSearchParams();
  if (next.q) sp.set("q", next.q);
  for (const t of next.tags) sp.append("tag", t);
  if (next.stage) sp.set("stage", next.stage);
  if (next.team) sp.set("team", next.team);
  if (next.sort !== "updated") sp.set("sort", next.sort);
  if (next.archived) sp.set("archived", "1");
  if (next.cursor) sp.set("cursor", next.cursor);
  for (const p of next.prev) sp.append("prev", p);
  const s = sp.toString();
  return s ? `/models?${s}` : "/models";
}

export function hasFilters(q: ModelsQuery): boolean {
  return Boolean(q.q || q.tags.length || q.stage || q.team || q.archived);
}

export function nextPageHref(query: ModelsQuery, nextCursor: string): string {
  return modelsHref(query, { cursor: nextCursor, prev: [...query.prev, query.cursor ?? "0"] });
}

export function previousPageHref(query: ModelsQuery): string | null {
  if (!query.cursor) return null;
  const back = query.prev.at(-1);
  return modelsHref(query, {
    cursor: back && back !== "0" ? back : undefined,
    prev: query.prev.slice(0, -1),
  });
}
