import type { ReactNode } from "react";
import { AuditTabs } from "@/components/shell/audit-tabs";

/** The Audit section: the trail, the as-of view and the model inventory under one set of tabs. */
export default function AuditLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AuditTabs />
      {children}
    </>
  );
}
