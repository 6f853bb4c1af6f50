/**
 * A team's model-security settings (issue 10): what an unsafe scan does to a version and the
 * team's additions to the scanner's safe and dangerous lists (see security/classification.ts).
 *
 * - `block` (the default): the version becomes `failed`, its reason naming the file and callable;
 * - `quarantine`: the version can become ready, but its unsafe artifacts are flagged and a download
 *   needs an explicit acknowledgement (and the production gate "scan clean" fails).
 */
import { eq, type TeamScanPolicy, teams } from "@modelgate/db";
import { z } from "zod";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { SCAN_PATTERN } from "../security/classification";
import { parseInput } from "../validation";
import { loadTeam } from "./load-team";

export type SecuritySettings = TeamScanPolicy;

export const DEFAULT_SECURITY_SETTINGS: Readonly<SecuritySettings> = Object.freeze({
  onDangerous: "block",
  extraSafe: [],
  extraDangerous: [],
});

const patternList = z
  .array(z.string().trim().regex(SCAN_PATTERN, 'Use "module.name" or "module.*".'))
  .max(500)
  .default([])
  .transform((xs) => [...new Set(xs)]);

export const securitySettingsSchema = z.object({
  onDangerous: z.enum(["block", "quarantine"]).default("block"),
  extraSafe: patternList,
  extraDangerous: patternList,
});

/** The stored value (null or partial) as complete settings. */
export function securitySettingsOf(stored: unknown): SecuritySettings {
  const parsed = securitySettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : { ...DEFAULT_SECURITY_SETTINGS };
}

/** A team's security settings (members may read them: they decide what their uploads do). */
export async function getSecuritySettings(ctx: ServiceContext, teamSlug: string): Promise<SecuritySettings> {
  const team = await loadTeam(ctx, teamSlug, "team.read");
  return securitySettingsOf(team.scanPolicy);
}

export const setSecuritySettingsInput = securitySettingsSchema.extend({ team: z.string().min(1).max(40) });

/** Maintainers (policy.manage) set what a dangerous scan does and the extra lists. Audited before/after. */
export async function setSecuritySettings(
  ctx: ServiceContext,
  rawInput: z.input<typeof setSecuritySettingsInput>,
): Promise<SecuritySettings> {
  const { team: slug, ...settings } = parseInput(setSecuritySettingsInput, rawInput);
  const team = await loadTeam(ctx, slug, "policy.manage");
  return withTransaction(ctx, async (tx) => {
    const [locked] = await tx.db.select().from(teams).where(eq(teams.id, team.id)).for("update");
    const before = securitySettingsOf(locked!.scanPolicy);
    if (JSON.stringify(before) === JSON.stringify(settings)) return before;
    await tx.db
      .update(teams)
      .set({ scanPolicy: settings, updatedAt: new Date() })
      .where(eq(teams.id, team.id));
    await emitAudit(tx, {
      action: "team.security_updated",
      entityType: "team",
      entityId: team.id,
      teamId: team.id,
      before,
      after: settings,
    });
    return settings;
  });
}
