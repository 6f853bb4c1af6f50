import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { Badge, Card } from "@/components/ui/card";
import { buildOpenApiDocument } from "@/server/openapi";
import { requirePageContext } from "@/server/session";

export const metadata: Metadata = { title: "API reference" };

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  description?: string;
  anyOf?: JsonSchema[];
  maxLength?: number;
  maximum?: number;
  minimum?: number;
  pattern?: string;
  additionalProperties?: JsonSchema | boolean;
};
type Operation = {
  operationId: string;
  summary: string;
  parameters: { name: string; in: string; required: boolean; description?: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string }>;
  security?: unknown[];
};

const methodTone = {
  get: "success",
  post: "primary",
  put: "warning",
  patch: "warning",
  delete: "danger",
} as const;

function typeOf(s: JsonSchema | undefined): string {
  if (!s) return "any";
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.anyOf) return s.anyOf.map(typeOf).join(" | ");
  if (s.type === "array") return `${typeOf(s.items)}[]`;
  if (
    s.type === "object" &&
    s.additionalProperties &&
    typeof s.additionalProperties === "object" &&
    !s.properties
  ) {
    return `Record<string, ${typeOf(s.additionalProperties)}>`;
  }
  return Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "object");
}

function Fields({ schema, depth = 0 }: { schema: JsonSchema; depth?: number }) {
  const props = Object.entries(schema.properties ?? {});
  if (props.length === 0) return <span className="font-mono text-xs">{typeOf(schema)}</span>;
  return (
    <ul className={depth ? "ml-4 border-l pl-3" : ""}>
      {props.map(([name, s]) => {
        const inner = s.type === "array" ? s.items : s;
        return (
          <li key={name} className="py-0.5 text-sm">
            <span className="font-mono">{name}</span>
            {schema.required?.includes(name) ? <span className="text-destructive">*</span> : null}{" "}
            <span className="font-mono text-xs text-muted-foreground">{typeOf(s)}</span>
            {s.pattern || s.maxLength || s.maximum !== undefined ? (
              <span className="ml-2 text-xs text-muted-foreground">
                {s.maxLength ? `≤ ${s.maxLength} chars ` : ""}
                {s.maximum !== undefined ? `${s.minimum ?? ""}…${s.maximum}` : ""}
              </span>
            ) : null}
            {inner?.properties && depth < 2 ? <Fields schema={inner} depth={depth + 1} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** A readable rendering of /api/v1/openapi.json, generated from the same schemas. */
export default async function ApiDocsPage() {
  await requirePageContext();
  const doc = buildOpenApiDocument();
  const entries = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(
    ([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })),
  );
  return (
    <>
      <PageHeader
        title="API reference"
        description="REST API v1 for scripts and CI. Authenticate with an API token from your profile: Authorization: Bearer mg_…"
        actions={
          <a className="text-sm font-medium text-primary hover:underline" href="/api/v1/openapi.json">
            openapi.json
          </a>
        }
      />
      <Card className="mb-6 space-y-2 p-5 text-sm">
        <p>
          Errors always answer{" "}
          <code className="font-mono">{"{ error: { code, message, requestId, details? } }"}</code>. Creating
          calls accept <code className="font-mono">Idempotency-Key</code> (a retry returns the first answer;
          kept 24 h). Updates need <code className="font-mono">If-Match</code> with the ETag you read. Another
          team's resources answer 404.
        </p>
      </Card>
      <div className="space-y-4">
        {entries.map(({ path, method, op }) => {
          const body = op.requestBody ? Object.entries(op.requestBody.content)[0] : undefined;
          const params = op.parameters.filter((p) => p.in !== "path");
          return (
            <Card key={`${method} ${path}`} id={op.operationId} className="p-5">
              <div className="flex flex-wrap items-center gap-3">
                <Badge
                  tone={methodTone[method as keyof typeof methodTone] ?? "neutral"}
                  className="font-mono uppercase"
                >
                  {method}
                </Badge>
                <code className="font-mono text-sm">{path}</code>
                <span className="text-sm text-muted-foreground">— {op.summary}</span>
                {op.security?.length === 0 ? <Badge>no auth</Badge> : null}
              </div>
              {params.length ? (
                <div className="mt-3">
                  <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
                    Parameters
                  </p>
                  <ul className="mt-1">
                    {params.map((p) => (
                      <li key={`${p.in}-${p.name}`} className="text-sm">
                        <span className="font-mono">{p.name}</span>
                        {p.required ? <span className="text-destructive">*</span> : null}{" "}
                        <span className="font-mono text-xs text-muted-foreground">
                          {p.in} · {typeOf(p.schema)}
                        </span>
                        {p.description ? (
                          <span className="ml-2 text-xs text-muted-foreground">{p.description}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {body ? (
                <div className="mt-3">
                  <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
                    Body ({body[0]})
                  </p>
                  <div className="mt-1">
                    <Fields schema={body[1].schema} />
                  </div>
                </div>
              ) : null}
              <p className="mt-3 text-xs text-muted-foreground">
                Answers{" "}
                {Object.keys(op.responses)
                  .filter((c) => c.startsWith("2"))
                  .join(", ")}{" "}
                on success.
              </p>
            </Card>
          );
        })}
      </div>
    </>
  );
}
