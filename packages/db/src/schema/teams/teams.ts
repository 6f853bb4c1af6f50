import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { teamRoles } from "../../constants";
import { users } from "../users/users";

export { type TeamRole, teamRoles } from "../../constants";

/**
 * A team's model-security settings (core/security): what a dangerous scan does to a version
 * (`block`: it fails; `quarantine`: ready but downloads need an acknowledgement) and the team's
 * additions to the scanner's safe and dangerous callable lists. Null: the defaults (block, no additions).
 */
export interface TeamScanPolicy {
  onDangerous: "block" | "quarantine";
  extraSafe: string[];
  extraDangerous: string[];
}

export const teams = pgTable(
  "teams",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    name: text().notNull(),
    scanPolicy: jsonb().$type<TeamScanPolicy>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("teams_slug_idx").on(t.slug)],
);

export const memberships = pgTable(
  "memberships",
  {
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    role: text({ enum: teamRoles }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);
