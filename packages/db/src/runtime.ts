/**
 * `@modelgate/db/runtime` — the one narrow entry the web app's start-up wiring uses
 * (apps/web/src/server/**, apps/web/scripts/**, apps/web/server.ts): open the database, check its
 * migrations, count statements per request. No schema, no query operators, no drizzle: adapters
 * (pages, components, server actions, route handlers) call core services instead, and biome.json
 * fails the lint when anything in apps/web imports `@modelgate/db` or `drizzle-orm`
 * (docs/adr/0005-layering-enforced-by-lint.md).
 */
export { type CreateDbOptions, createDb, type DbHandle } from "./create-db";
export { type MigrationStatus, migrationStatus } from "./migrations";
export { countStatements } from "./statement-count";
