import { randomBytes } from "node:crypto";
import { memberships, type OrgRole, type TeamRole, teams, users } from "../schema";
import type { DbOrTx } from "../types";

/** A short unique suffix so every test gets its own tenant and users. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

export async function createTestTeam(db: DbOrTx, overrides: { slug?: string; name?: string } = {}) {
  const s = uniqueSuffix();
  const [team] = await db
    .insert(teams)
    .values({ slug: overrides.slug ?? `team-${s}`, name: overrides.name ?? `Team ${s}` })
    .returning();
  return team!;
}

export async function createTestUser(
  db: DbOrTx,
  overrides: {
    email?: string;
    name?: string;
    passwordHash?: string | null;
    orgRole?: OrgRole;
    disabled?: boolean;
  } = {},
) {
  const s = uniqueSuffix();
  const [user] = await db
    .insert(users)
    .values({
      email: overrides.email ?? `user-${s}@example.test`,
      name: overrides.name ?? `User ${s}`,
      passwordHash: overrides.passwordHash ?? null,
      orgRole: overrides.orgRole ?? "member",
      disabled: overrides.disabled ?? false,
    })
    .returning();
  return user!;
}

export async function addTestMember(db: DbOrTx, teamId: string, userId: string, role: TeamRole) {
  await db.insert(memberships).values({ teamId, userId, role });
}
