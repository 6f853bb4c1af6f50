import { Badge } from "@/components/ui/card";

const teamTone = {
  viewer: "neutral",
  contributor: "primary",
  reviewer: "primary",
  maintainer: "success",
} as const;
const orgTone = { member: "neutral", auditor: "warning", admin: "primary" } as const;

export function TeamRoleBadge({ role }: { role: string }) {
  return <Badge tone={teamTone[role as keyof typeof teamTone] ?? "neutral"}>{role}</Badge>;
}

export function OrgRoleBadge({ role }: { role: string }) {
  return <Badge tone={orgTone[role as keyof typeof orgTone] ?? "neutral"}>{role}</Badge>;
}
