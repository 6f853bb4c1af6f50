import { listRequests } from "@modelgate/core";
import type { Metadata } from "next";
import Link from "next/link";
import { duration } from "@/components/approvals/format";
import { type RequestRow, RequestsTable } from "@/components/approvals/requests-table";
import { PageHeader } from "@/components/page-header";
import { cn } from "@/lib/cn";
import { requirePageContext } from "@/server/session";

export const metadata: Metadata = { title: "Approvals" };

const views = {
  waiting: {
    label: "Waiting for my review",
    description: "Pending requests in teams where you review, that you did not make and have not signed.",
    empty:
      "Nothing is waiting for your review. Requests to promote a version appear here for the reviewers of its team.",
  },
  mine: {
    label: "My requests",
    description: "Everything you asked for, open or closed, newest first.",
    empty: "You have not requested any promotion yet. Ask for one from a version's page.",
  },
  open: {
    label: "All open in my teams",
    description: "Every pending request of the teams you can read.",
    empty: "No request is open in your teams.",
  },
} as const;
type View = keyof typeof views;

export default async function ApprovalsPage({ searchParams }: PageProps<"/approvals">) {
  const raw = (await searchParams).view;
  const view: View = typeof raw === "string" && raw in views ? (raw as View) : "waiting";
  const ctx = await requirePageContext();
  const [waiting, mine, open] = await Promise.all(
    (["waiting", "mine", "open"] as const).map((v) => listRequests(ctx, { view: v, limit: 200 })),
  );
  const lists = { waiting: waiting!, mine: mine!, open: open! };
  const now = Date.now();
  const rows: RequestRow[] = lists[view].map((r) => ({
    ...r,
    age: duration(now - r.createdAt.getTime()),
    expiresIn: r.status === "pending" ? duration(r.expiresAt.getTime() - now) : null,
  }));
  const current = views[view];
  return (
    <>
      <PageHeader
        title="Approvals"
        description="Promotion requests waiting for your review, your own requests, and everything open in your teams."
      />
      <nav aria-label="Approval views" className="mb-4 flex flex-wrap gap-1 border-b">
        {(Object.keys(views) as View[]).map((v) => (
          <Link
            key={v}
            href={`/approvals?view=${v}`}
            aria-current={v === view ? "page" : undefined}
            className={cn(
              "-mb-px flex items-center gap-2 border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground",
              v === view && "border-primary text-foreground",
            )}
          >
            {views[v].label}
            <span
              className={cn(
                "rounded-full bg-muted px-1.5 text-xs tabular-nums leading-5",
                v === view && "bg-accent text-accent-foreground",
              )}
            >
              {lists[v].length}
            </span>
          </Link>
        ))}
      </nav>
      <RequestsTable
        rows={rows}
        title={current.label}
        description={current.description}
        empty={current.empty}
      />
    </>
  );
}
