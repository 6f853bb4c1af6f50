import { memberships, pgErrorCode, type TeamRole, teamRoles, teams } from "@modelgate/db";
import { z } from "zod";
import { emitAudit } from "../audit/emit";
import { requireAdminOrSystem } from "../auth/guards";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { parseInput } from "../validation";

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

export const createTeamInput = z.object({
  slug: z
    .string()
    .regex(
      SLUG_PATTERN,
      "Use 1–40 lowercase letters, digits or dashes, starting and ending with a letter or digit",
    ),
  name: z.string().trim().min(1, "Name is required").max(120),
});

export async function createTeam(ctx: ServiceContext, rawInput: z.input<typeof createTeamInput>) {
  requireAdminOrSystem(ctx, "create teams");
  const input = parseInput(createTeamInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    try {
      const [team] = await tx.db.insert(teams).values(input).returning();
      await emitAudit(tx, {
        action: "team.created",
        entityType: "team",
        entityId: team!.id,
        teamId: team!.id,
        after: { slug: team!.slug, name: team!.name },
      });
      return team!;
    } catch (e) {
      if (pgErrorCode(e) === "23505") {
        throw new DomainError("conflict", `A team with slug ${input.slug} already exists.`, {
          field: "slug",
        });
      }
      throw e;
    }
  });
}

export const addMemberInput = z.object({
  teamId: z.uuid(),
  userId: z.uuid(),
  role: z.enum(teamRoles),
});

export async function addMember(
  ctx: ServiceContext,
  rawInput: { teamId: string; userId: string; role: TeamRole },
) {
  requireAdminOrSystem(ctx, "add team members");
  const input = parseInput(addMemberInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    try {
      await tx.db.insert(memberships).values(input);
    } catch (e) {
      if (pgErrorCode(e) === "23505")
        throw new DomainError("conflict", "That user is already a member of the team.");
      if (pgErrorCode(e) === "23503") throw new DomainError("not_found", "No such team or user.");
      throw e;
    }
    await emitAudit(tx, {
      action: "membership.added",
      entityType: "membership",
      entityId: `${input.teamId}:${input.userId}`,
      teamId: input.teamId,
      after: { userId: input.userId, role: input.role },
    });
  });
}
