import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { teamRoles, teams } from "../teams/teams";
import { users } from "../users/users";

/**
 * An API token for scripts: one team, a role capped at contributor (and at the creator's
 * current role there, checked on every use). Only a SHA-256 of the secret is stored; the
 * visible prefix identifies it in lists and logs.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    name: text().notNull(),
    role: text({ enum: teamRoles }).notNull(),
    prefix: text().notNull(),
    secretHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("api_tokens_prefix_idx").on(t.prefix), index("api_tokens_user_idx").on(t.userId)],
);
