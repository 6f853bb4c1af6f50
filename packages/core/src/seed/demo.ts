import { randomBytes } from "node:crypto";
import type { OrgRole, TeamRole } from "@modelgate/db";
import { type ServiceContext, withTransaction } from "../context";
import { createTeam } from "../teams/create-team";
import { addMember } from "../teams/members";
import { createUser } from "../users/create-user";
import { seedDemoApprovals } from "./demo-approvals";
import { seedDemoModels } from "./demo-models";
import { seedDemoWebhooks } from "./demo-webhooks";

export interface DemoPersona {
  email: string;
  name: string;
  orgRole: OrgRole;
  /** What this persona is for, printed next to the login. */
  persona: string;
  teams: Partial<Record<"fraud" | "growth", TeamRole>>;
}

export const demoTeams = [
  { slug: "fraud", name: "Fraud Detection" },
  { slug: "growth", name: "Growth & Recommendations" },
] as const;

export const demoPersonas: DemoPersona[] = [
  { email: "admin@modelgate.dev", name: "Ada Admin", orgRole: "admin", persona: "admin", teams: {} },
  {
    email: "maintainer@modelgate.dev",
    name: "Maya Maintainer",
    orgRole: "member",
    persona: "team maintainer",
    teams: { fraud: "maintainer", growth: "maintainer" },
  },
  {
    email: "reviewer@modelgate.dev",
    name: "Rui Reviewer",
    orgRole: "member",
    persona: "reviewer",
    teams: { fraud: "reviewer" },
  },
  {
    email: "reviewer2@modelgate.dev",
    name: "Rita Reviewer",
    orgRole: "member",
    persona: "second reviewer",
    teams: { fraud: "reviewer", growth: "reviewer" },
  },
  {
    email: "contributor@modelgate.dev",
    name: "Carl Contributor",
    orgRole: "member",
    persona: "contributor",
    teams: { fraud: "contributor", growth: "contributor" },
  },
  {
    email: "viewer@modelgate.dev",
    name: "Vera Viewer",
    orgRole: "member",
    persona: "viewer",
    teams: { growth: "viewer" },
  },
  {
    email: "auditor@modelgate.dev",
    name: "Audrey Auditor",
    orgRole: "auditor",
    persona: "auditor",
    teams: {},
  },
];

export function generateDemoPassword(): string {
  return `demo-${randomBytes(6).toString("base64url")}`;
}

/** Creates the demo organisation through the real services (so it is audited like anything else). */
export async function seedDemo(ctx: ServiceContext, password: string) {
  return withTransaction(ctx, async (tx) => {
    const teamIds: Record<string, string> = {};
    for (const t of demoTeams) teamIds[t.slug] = (await createTeam(tx, t)).id;
    const users: Record<string, { id: string; name: string; email: string }> = {};
    for (const p of demoPersonas) {
      const user = await createUser(tx, { email: p.email, name: p.name, password, orgRole: p.orgRole });
      users[p.email] = user;
      for (const [slug, role] of Object.entries(p.teams)) {
        await addMember(tx, { teamId: teamIds[slug]!, userId: user.id, role });
      }
    }
    await seedDemoModels(tx, users, teamIds);
    await seedDemoApprovals(
      tx,
      users,
      Object.fromEntries(demoPersonas.map((p) => [p.email, p.teams])),
      teamIds,
      password,
    );
    const maya = users["maintainer@modelgate.dev"]!;
    await seedDemoWebhooks({
      ...tx,
      actor: {
        type: "user",
        userId: maya.id,
        name: maya.name,
        email: maya.email,
        orgRole: "member",
        teamRoles: { [teamIds.fraud!]: "maintainer", [teamIds.growth!]: "maintainer" },
      },
    });
    return { personas: demoPersonas, password };
  });
}
