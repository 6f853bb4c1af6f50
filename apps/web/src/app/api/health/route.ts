import { getHealth } from "@modelgate/core";
import { NextResponse } from "next/server";
import { getRuntime } from "@/server/runtime";

export const dynamic = "force-dynamic";

/** Liveness and readiness for load balancers; no authentication. */
export async function GET() {
  try {
    const { handle } = await getRuntime();
    const health = await getHealth(handle.db, handle.kind);
    return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503 });
  } catch {
    return NextResponse.json({ status: "down" }, { status: 503 });
  }
}
