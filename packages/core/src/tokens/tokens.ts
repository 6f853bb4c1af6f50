import {
  and,
  apiTokens,
  type Database,
  desc,
  eq,
  isNull,
  memberships,
  sql,
  type TeamRole,
  teamRoles,
  teams,
  users,
} from "@modelgate/db";
import { z } from "zod";
import { auditedDenial, authorize } from "../access/authorize";
import { minRole, roleAtLeast, TOKEN_ROLE_CAP } from "../access/permissions";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, type TokenActor, withTransaction } from "../context";
import { DomainError } from "../errors";
import { prepared } from "../prepared";
import { cachedRead } from "../read-cache";
import { parseInput } from "../validation";
import { generateToken, parseToken, tokenHashMatches } from "./token-format";

export const createTokenInput = z.object({
  teamId: z.uuid("Choose a team"),
  name: z.string().trim().min(1, "Give the token a name").max(100),
  role: z.enum(teamRoles).default("contributor"),
  /** Days until expiry; omitted = never. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

/** Tokens are managed by people, never by other tokens: an (audited) authorization denial. */
async function requireUser(ctx: ServiceContext, teamId: string | null = null) {
  if (ctx.actor.type === "user") return ctx.actor;
  const error = new DomainError("forbidden", "Only a signed-in user can manage API tokens.");
  throw await auditedDenial(ctx, error, "token.manage", teamId, "people_only");
}

/** Creates a token for one of the user's teams. The secret is returned once and never stored. */
export async function createApiToken(ctx: ServiceContext, rawInput: z.input<typeof createTokenInput>) {
  const input = parseInput(createTokenInput, rawInput);
  const actor = await requireUser(ctx, input.teamId);
  await authorize(ctx, "team.read", { teamId: input.teamId, label: "That team" });
  const myRole = actor.teamRoles[input.teamId];
  if (!myRole) {
    const error = new DomainError("forbidden", "You can create tokens only for teams you are a member of.");
    throw await auditedDenial(ctx, error, "token.manage", input.teamId, "members_only");
  }
  if (!roleAtLeast(minRole(myRole, TOKEN_ROLE_CAP), input.role)) {
    throw new DomainError(
      "validation_failed",
      `A token's role can be at most ${minRole(myRole, TOKEN_ROLE_CAP)} (your role, capped at ${TOKEN_ROLE_CAP}).`,
      { fields: { role: ["Too high"] } },
    );
  }
  const { token, prefix, secretHash } = generateToken();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(apiTokens)
      .values({
        userId: actor.userId,
        teamId: input.teamId,
        name: input.name,
        role: input.role,
        prefix,
        secretHash,
        expiresAt,
      })
      .returning();
    await emitAudit(tx, {
      action: "token.created",
      entityType: "api_token",
      entityId: row!.id,
      teamId: input.teamId,
      after: { name: input.name, role: input.role, prefix, expiresAt },
    });
    return { token, id: row!.id, prefix, name: row!.name, role: row!.role, expiresAt };
  });
}

/** The caller's tokens (never the secrets), newest first. */
export async function listMyApiTokens(ctx: ServiceContext) {
  const actor = await requireUser(ctx);
  return ctx.db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      role: apiTokens.role,
      teamSlug: teams.slug,
      teamName: teams.name,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(teams, eq(teams.id, apiTokens.teamId))
    .where(eq(apiTokens.userId, actor.userId))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes one of the caller's tokens; effective on the next request. Repeating it is a no-op. */
export async function revokeApiToken(ctx: ServiceContext, rawInput: { tokenId: string }) {
  const actor = await requireUser(ctx);
  const { tokenId } = parseInput(z.object({ tokenId: z.uuid() }), rawInput);
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, actor.userId)))
      .for("update");
    if (!row) throw new DomainError("not_found", "That token was not found.");
    if (row.revokedAt) return { revoked: false };
    await tx.db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, tokenId));
    await emitAudit(tx, {
      action: "token.revoked",
      entityType: "api_token",
      entityId: tokenId,
      teamId: row.teamId,
      before: { name: row.name, prefix: row.prefix },
    });
    return { revoked: true };
  });
}

// Writing last-used on every request would turn reads into writes; once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Authenticates a bearer token. Its role is the lower of its own and the creator's *current*
 * role in the team, so demoting or removing the creator shrinks or kills it at once; a disabled
 * creator, an expired or revoked token are refused.
 */
export async function resolveApiToken(db: Database, token: string, now = new Date()): Promise<TokenActor> {
  const refused = () => new DomainError("unauthenticated", "The API token is invalid, expired or revoked.");
  const parsed = parseToken(token);
  if (!parsed) throw refused();
  const [row] = await cachedRead(db, `token:${parsed.prefix}`, () =>
    prepared(db, "token_by_prefix", (d) =>
      d
        .select({
          id: apiTokens.id,
          name: apiTokens.name,
          secretHash: apiTokens.secretHash,
          role: apiTokens.role,
          teamId: apiTokens.teamId,
          expiresAt: apiTokens.expiresAt,
          revokedAt: apiTokens.revokedAt,
          lastUsedAt: apiTokens.lastUsedAt,
          userId: users.id,
          userName: users.name,
          disabled: users.disabled,
          memberRole: memberships.role,
        })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .leftJoin(
          memberships,
          and(eq(memberships.teamId, apiTokens.teamId), eq(memberships.userId, apiTokens.userId)),
        )
        .where(eq(apiTokens.prefix, sql.placeholder("prefix")))
        .limit(1)
        .prepare("token_by_prefix"),
    ).execute({ prefix: parsed.prefix }),
  );
  if (!row || !tokenHashMatches(token, row.secretHash)) throw refused();
  if (row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.disabled || !row.memberRole)
    throw refused();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, row.id), isNull(apiTokens.revokedAt)));
  }
  const role: TeamRole = minRole(minRole(row.role, row.memberRole), TOKEN_ROLE_CAP);
  return {
    type: "token",
    tokenId: row.id,
    userId: row.userId,
    name: `${row.userName} (token ${row.name})`,
    teamId: row.teamId,
    teamRoles: { [row.teamId]: role },
  };
}
