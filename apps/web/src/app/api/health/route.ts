import { getHealth } from "@modelgate/core";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getRuntime } from "@/server/runtime";
import type * as contract from "./contract";

export const dynamic = "force-dynamic";

/**
 * Readiness for load balancers (database, migrations, artifact store); no authentication. Not
 * through apiRoute: a runtime that fails to start still answers, 503 `{ status: "down" }`.
 */
export async function GET() {
  try {
    const { handle, artifactStore } = await getRuntime();
    const health: z.input<typeof contract.GET.response.schema> = await getHealth(
      handle.db,
      handle.kind,
      artifactStore,
    );
    return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503 });
  } catch {
    return NextResponse.json({ status: "down" }, { status: 503 });
  }
}
