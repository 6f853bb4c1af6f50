import { ClipboardCheck } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/page-header";
import { requirePageContext } from "@/server/session";

export const metadata: Metadata = { title: "Approvals" };

export default async function ApprovalsPage() {
  await requirePageContext();
  return (
    <>
      <PageHeader
        title="Approvals"
        description="Promotion requests waiting for your review, and your own requests."
      />
      <EmptyState icon={<ClipboardCheck />} title="Nothing waiting for your review">
        When a contributor asks to promote a model version to staging or production, the request appears here
        for the reviewers of its team to approve or reject with their signature.
      </EmptyState>
    </>
  );
}
