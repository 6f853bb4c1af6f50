import { NextResponse } from "next/server";
import type { z } from "zod";
import { buildOpenApiDocument } from "@/server/openapi";
import type * as contract from "./contract";

export const dynamic = "force-static";

/** The OpenAPI document (public, like any API reference); built once, at build time. */
export function GET() {
  // Spread: the document's interface type has no index signature; the object does.
  const body: z.input<typeof contract.GET.response.schema> = { ...buildOpenApiDocument() };
  return NextResponse.json(body);
}
