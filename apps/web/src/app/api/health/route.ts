import { getHealth } from "@modelgate/core";
import { NextResponse } from "next/server";
import { getRuntime } from "@/server/runtime";

export const dynamic = "force-dynamic";

/** Readiness for load balancers (database, migrations, artifact store); no authentication. */
export async function GET() {
  try {
    const { handle, artifactStore } = await getRuntime();
    const health = await getHealth(handle.db, handle.kind, artifactStore);
    return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503 });
  } catch {
    return NextResponse.json({ status: "down" }, { status: 503 });
  }
}
