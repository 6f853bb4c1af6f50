import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { teams } from "../teams/teams";
import { users } from "../users/users";

export type Tags = Record<string, string>;

/** A registered model: `team/name`. Never hard-deleted once it held a ready version. */
export const registeredModels = pgTable(
  "registered_models",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    name: text().notNull(),
    description: text().notNull().default(""),
    modelCard: text().notNull().default(""),
    tags: jsonb().$type<Tags>().notNull().default({}),
    archived: boolean().notNull().default(false),
    /** The metric that decides champion vs challenger (summary cards, default chart); optional. */
    primaryMetric: text(),
    /** Highest version number handed out; bumped under the row lock, so numbers are gap-free. */
    latestVersion: integer().notNull().default(0),
    /** Optimistic-concurrency counter behind ETag / If-Match. */
    revision: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("registered_models_team_name_idx").on(t.teamId, t.name),
    index("registered_models_tags_idx").using("gin", t.tags),
    index("registered_models_updated_idx").on(t.updatedAt, t.id),
  ],
);
