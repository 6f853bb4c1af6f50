"use client";

import { Filter, Loader2, X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { ANY, type AuditFilterParams, auditFilterOf, auditHref, hasAuditFilters } from "@/lib/audit-filter";

const entityTypes = [
  "model",
  "model_version",
  "artifact",
  "alias",
  "transition_request",
  "promotion_policy",
  "comment",
  "team",
  "membership",
  "user",
  "session",
  "api_token",
  "org",
  "audit_trail",
];

/** The options, plus the current value when it is not one of them (a hand-edited URL). */
function withCurrent(options: SelectOption[], value: string | undefined): SelectOption[] {
  return value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
}

/**
 * The audit page's filters: a plain GET form (it works without JavaScript too); every value
 * lives in the URL so a filtered view can be shared, and the export links reuse it.
 */
export function AuditFilters({
  filter,
  teams,
  actions,
  models,
}: {
  filter: AuditFilterParams;
  teams: SelectOption[];
  actions: SelectOption[];
  models: string[];
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const values = new URLSearchParams();
    for (const [k, v] of new FormData(e.currentTarget)) if (typeof v === "string") values.append(k, v);
    start(() => router.push(auditHref(auditFilterOf(values))));
  }
  return (
    <Card className="mb-4 p-4">
      <form
        action="/audit"
        method="get"
        onSubmit={onSubmit}
        aria-label="Filter the audit trail"
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
      >
        <Control id="audit-from" label="From (UTC)">
          <Input
            id="audit-from"
            name="from"
            type="datetime-local"
            defaultValue={filter.from}
            className="[color-scheme:light] dark:[color-scheme:dark]"
          />
        </Control>
        <Control id="audit-to" label="To (UTC)">
          <Input
            id="audit-to"
            name="to"
            type="datetime-local"
            defaultValue={filter.to}
            className="[color-scheme:light] dark:[color-scheme:dark]"
          />
        </Control>
        <Control id="audit-actor" label="Actor">
          <Input
            id="audit-actor"
            name="actor"
            defaultValue={filter.actor}
            placeholder="Name prefix or user id"
          />
        </Control>
        <Control id="audit-team" label="Team">
          <Select
            id="audit-team"
            name="team"
            defaultValue={filter.team ?? ANY}
            options={withCurrent([{ value: ANY, label: "All teams" }, ...teams], filter.team)}
          />
        </Control>
        <Control id="audit-action" label="Action">
          <Select
            id="audit-action"
            name="action"
            defaultValue={filter.action ?? ANY}
            options={withCurrent([{ value: ANY, label: "All actions" }, ...actions], filter.action)}
          />
        </Control>
        <Control id="audit-entity" label="Entity type">
          <Input
            id="audit-entity"
            name="entityType"
            list="audit-entity-types"
            defaultValue={filter.entityType}
            placeholder="e.g. model_version"
            className="font-mono text-xs"
          />
          <datalist id="audit-entity-types">
            {entityTypes.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </Control>
        <Control id="audit-model" label="Model">
          <Input
            id="audit-model"
            name="model"
            list="audit-models"
            defaultValue={filter.model}
            placeholder="team/name"
            className="font-mono text-xs"
          />
          <datalist id="audit-models">
            {models.map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
        </Control>
        <Control id="audit-request" label="Request id">
          <Input
            id="audit-request"
            name="requestId"
            defaultValue={filter.requestId}
            placeholder="x-request-id"
            className="font-mono text-xs"
          />
        </Control>
        {filter.entityId ? <input type="hidden" name="entityId" value={filter.entityId} /> : null}
        <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-4">
          <Button type="submit" disabled={pending}>
            {pending ? <Loader2 className="animate-spin" /> : <Filter />}
            Apply filters
          </Button>
          {hasAuditFilters(filter) ? (
            <Button asChild variant="ghost">
              <Link href="/audit">
                <X /> Clear
              </Link>
            </Button>
          ) : null}
          {filter.entityId ? (
            <span className="text-xs text-muted-foreground">
              Entity id <span className="font-mono">{filter.entityId}</span>
            </span>
          ) : null}
        </div>
      </form>
    </Card>
  );
}

function Control({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-1.5">
      <Label htmlFor={id} className="text-xs text-muted-foreground">
        {label}
      </Label>
      {children}
    </div>
  );
}
