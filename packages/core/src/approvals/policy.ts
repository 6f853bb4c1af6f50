import type { PolicyTarget, TeamRole } from "@modelgate/db/constants";
import { z } from "zod";
import { type Gate, gateSchema } from "./gates";

export const policySchema = z.object({
  requiredApprovals: z.number().int().min(0).max(5),
  minReviewerRole: z.enum(["reviewer", "maintainer"]).default("reviewer"),
  registrantMayApprove: z.boolean().default(false),
  expiryDays: z.number().int().min(1).max(365).default(14),
  gates: z.array(gateSchema).max(20).default([]),
});
export type Policy = z.infer<typeof policySchema> & { minReviewerRole: TeamRole; gates: Gate[] };

/** What a new team starts with: independent validation, stricter towards production. */
export const defaultPolicies: Record<PolicyTarget, Policy> = {
  staging: {
    requiredApprovals: 1,
    minReviewerRole: "reviewer",
    registrantMayApprove: false,
    expiryDays: 14,
    gates: [],
  },
  production: {
    requiredApprovals: 2,
    minReviewerRole: "reviewer",
    registrantMayApprove: false,
    expiryDays: 14,
    // "scan clean" is on by default for production (issue 10): no unsafe artifact goes live.
    gates: [{ type: "model_card" }, { type: "dataset_recorded" }, { type: "scan_clean", allowReview: true }],
  },
  archived: {
    requiredApprovals: 1,
    minReviewerRole: "reviewer",
    registrantMayApprove: true,
    expiryDays: 14,
    gates: [],
  },
  alias: {
    requiredApprovals: 1,
    minReviewerRole: "reviewer",
    registrantMayApprove: false,
    expiryDays: 14,
    gates: [],
  },
  rollback: {
    requiredApprovals: 1,
    minReviewerRole: "reviewer",
    registrantMayApprove: true,
    expiryDays: 3,
    gates: [],
  },
};
