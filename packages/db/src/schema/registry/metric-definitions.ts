import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { metricDirections } from "../../constants";
import { teams } from "../teams/teams";
import { users } from "../users/users";

/**
 * What a metric key means in a team: display name, unit and which direction is better. Keys
 * without a definition are compared as higher-is-better, and shown as undefined.
 */
export const metricDefinitions = pgTable(
  "metric_definitions",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    key: text().notNull(),
    displayName: text().notNull(),
    unit: text().notNull().default(""),
    direction: text({ enum: metricDirections }).notNull(),
    description: text().notNull().default(""),
    updatedBy: uuid().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("metric_definitions_team_key_idx").on(t.teamId, t.key)],
);
