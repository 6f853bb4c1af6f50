import { eq, pgErrorCode, teams } from "@modelgate/db";
import { z } from "zod";
import { authorizeOrg } from "../access/authorize";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { parseInput } from "../validation";

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

const teamName = z.string().trim().min(1, "Name is required").max(120);

export const createTeamInput = z.object({
  slug: z
    .string()
    .regex(
      SLUG_PATTERN,
      "Use 1–40 lowercase letters, digits or dashes, starting and ending with a letter or digit",
    ),
  name: teamName,
});

export async function createTeam(ctx: ServiceContext, rawInput: z.input<typeof createTeamInput>) {
  await authorizeOrg(ctx, "team.manage");
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
        throw new DomainError("already_exists", `A team with slug ${input.slug} already exists.`, {
          fields: { slug: ["Already taken"] },
        });
      }
      throw e;
    }
  });
}

const renameTeamInput = z.object({ teamId: z.uuid(), name: teamName });

/** Renames a team's display name; the slug (used in model names) never changes. */
export async function renameTeam(ctx: ServiceContext, rawInput: z.input<typeof renameTeamInput>) {
  await authorizeOrg(ctx, "team.manage");
  const input = parseInput(renameTeamInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const [team] = await tx.db.select().from(teams).where(eq(teams.id, input.teamId)).for("update");
    if (!team) throw new DomainError("not_found", "That team was not found.");
    if (team.name === input.name) return team;
    const [updated] = await tx.db
      .update(teams)
      .set({ name: input.name, updatedAt: new Date() })
      .where(eq(teams.id, team.id))
      .returning();
    await emitAudit(tx, {
      action: "team.renamed",
      entityType: "team",
      entityId: team.id,
      teamId: team.id,
      before: { name: team.name },
      after: { name: input.name },
    });
    return updated!;
  });
}
