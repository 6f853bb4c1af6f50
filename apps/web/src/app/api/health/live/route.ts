import { NextResponse } from "next/server";
import type { z } from "zod";
import type * as contract from "./contract";

export const dynamic = "force-dynamic";

/**
 * Liveness: the process answers HTTP. No database, no authentication — a load balancer's cheap
 * probe (readiness, with the database, is /api/health), and the benchmark's trivial-route baseline.
 */
export function GET() {
  const body: z.input<typeof contract.GET.response.schema> = { status: "ok" };
  return NextResponse.json(body);
}
