import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/**
 * Liveness: the process answers HTTP. No database, no authentication — a load balancer's cheap
 * probe (readiness, with the database, is /api/health), and the benchmark's trivial-route baseline.
 */
export function GET() {
  return NextResponse.json({ status: "ok" });
}
