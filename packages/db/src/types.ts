import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

export type Schema = typeof schema;
/** Either driver's database: PGlite (embedded) and postgres.js share this surface. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Every data function takes this, so calls compose into one transaction. */
export type DbOrTx = Database | Transaction;
export type DbKind = "pglite" | "postgres";
