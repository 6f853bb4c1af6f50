"use client";

import { Loader2, Tags, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { deleteAliasAction } from "@/actions/registry/delete-alias";
import { setAliasAction } from "@/actions/registry/set-alias";
import { AliasBadge } from "@/components/registry/badges";
import { versionHref } from "@/components/registry/format";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { type ActionError, callAction, toastAction } from "@/lib/action-client";

export interface AliasItem {
  name: string;
  version: number | null;
  protected: boolean;
}

/**
 * The aliases of a model and, for those allowed (alias.set), a form to point one at a ready
 * version. Champion and protected aliases move only through an approved request: the service
 * refuses and the form shows why.
 */
export function AliasPanel({
  team,
  name,
  aliases,
  readyVersions,
  canSet,
}: {
  team: string;
  name: string;
  aliases: AliasItem[];
  readyVersions: number[];
  canSet: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [version, setVersion] = useState<string>(readyVersions[0] ? String(readyVersions[0]) : "");

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const alias = String(new FormData(form).get("alias") ?? "").trim();
    if (!alias) return setError({ code: "validation_failed", message: "Name the alias, e.g. challenger." });
    if (!version) return setError({ code: "validation_failed", message: "Choose a ready version." });
    start(async () => {
      const r = await callAction(setAliasAction({ team, name }, { alias, version: Number(version) }));
      if (!r.ok) return setError(r.error);
      setError(null);
      form.reset();
      toast.success(
        r.data.changed ? `${alias} now points to v${version}.` : `${alias} already pointed to v${version}.`,
      );
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      {aliases.length ? (
        <ul className="space-y-1.5" aria-label="Aliases">
          {aliases.map((a) => (
            <li key={a.name} className="flex items-center justify-between gap-2">
              <AliasBadge
                name={a.name}
                version={a.version}
                isProtected={a.protected}
                href={a.version ? versionHref(team, name, a.version) : undefined}
              />
              {canSet && !a.protected && a.name !== "champion" ? (
                <button
                  type="button"
                  aria-label={`Remove alias ${a.name}`}
                  title={`Remove alias ${a.name}`}
                  disabled={pending}
                  onClick={() =>
                    start(async () => {
                      if (
                        await toastAction(
                          deleteAliasAction({ team, name }, a.name),
                          `Alias ${a.name} was removed.`,
                        )
                      )
                        router.refresh();
                    })
                  }
                  className="rounded p-1 text-muted-foreground transition-colors hover:bg-muted hover:text-destructive"
                >
                  <X className="size-3.5" />
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">No aliases yet.</p>
      )}
      {canSet ? (
        readyVersions.length ? (
          <form onSubmit={onSubmit} noValidate aria-label="Set alias" className="space-y-2 border-t pt-4">
            <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
              Point an alias
            </p>
            <div className="flex gap-2">
              <Input
                name="alias"
                aria-label="Alias name"
                placeholder="challenger"
                autoComplete="off"
                spellCheck={false}
                className="h-8 min-w-0 flex-1 font-mono text-xs"
                list="alias-suggestions"
                onChange={() => setError(null)}
              />
              <datalist id="alias-suggestions">
                {aliases
                  .filter((a) => !a.protected && a.name !== "champion")
                  .map((a) => (
                    <option key={a.name} value={a.name} />
                  ))}
              </datalist>
              <Select
                size="sm"
                aria-label="Version"
                className="w-20"
                value={version}
                onValueChange={setVersion}
                options={readyVersions.map((v) => ({ value: String(v), label: `v${v}` }))}
              />
            </div>
            <Button type="submit" size="sm" variant="outline" className="w-full" disabled={pending}>
              {pending ? <Loader2 className="animate-spin" /> : null}
              Set alias
            </Button>
            <FormError message={error?.message ?? error?.fields?.alias?.join(" ")} />
            <p className="text-xs text-muted-foreground">
              <span className="font-mono">champion</span> follows production and moves only through an
              approved request.
            </p>
          </form>
        ) : (
          <p className="border-t pt-4 text-xs text-muted-foreground">
            Aliases point at ready versions; none is ready yet.
          </p>
        )
      ) : null}
    </div>
  );
}

/** The alias controls in a dialog opened from the model header. */
export function AliasDialog(props: Omit<Parameters<typeof AliasPanel>[0], "canSet">) {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Tags /> Aliases
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Aliases of ${props.team}/${props.name}`}
        description="Deployments resolve a name like team/model@challenger to the version it points at."
        className="max-w-md"
      >
        <AliasPanel {...props} canSet />
      </DialogContent>
    </Dialog>
  );
}
