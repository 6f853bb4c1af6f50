/** The policy targets as the policies page words them. */
export const targetLabels: Record<string, { label: string; hint: string }> = {
  staging: { label: "Staging", hint: "Promote a version to staging" },
  production: { label: "Production", hint: "Promote to production (moves champion)" },
  archived: { label: "Archive", hint: "Retire a version" },
  alias: { label: "Protected alias", hint: "Move a protected alias" },
  rollback: { label: "Rollback", hint: "Bring an earlier version back (metric gates waived)" },
};
