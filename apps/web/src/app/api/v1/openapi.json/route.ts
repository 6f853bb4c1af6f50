import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/server/openapi";

export const dynamic = "force-static";

/** The OpenAPI document (public, like any API reference). */
export function GET() {
  return NextResponse.json(buildOpenApiDocument());
}
