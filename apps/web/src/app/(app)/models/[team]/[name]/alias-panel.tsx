"use client";

import { GitPullRequestArrow, Loader2, Lock, LockOpen, Tags, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { requestTransitionAction } from "@/actions/approvals/request-transition";
import { deleteAliasAction } from "@/actions/registry/delete-alias";
import { setAliasAction } from "@/actions/registry/set-alias";
import { setAliasProtectionAction } from "@/actions/registry/set-alias-protection";
import { AliasBadge } from "@/components/registry/badges";
import { versionHref } from "@/components/registry/format";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction, toastAction } from "@/lib/action-client";

export interface AliasItem {
  name: string;
  version: number | null;
  protected: boolean;
}

/**
 * A protected alias moves only through an approved request: the target version and a reason;
 * on success the browser goes to the new request.
 */
function RequestMoveForm({
  team,
  name,
  alias,
  readyVersions,
  onCancel,
}: {
  team: string;
  name: string;
  alias: string;
  readyVersions: number[];
  onCancel: () => void;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [version, setVersion] = useState<string>(readyVersions[0] ? String(readyVersions[0]) : "");

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const reason = String(new FormData(e.currentTarget).get("reason") ?? "");
    if (!version) return setError({ code: "validation_failed", message: "Choose a ready version." });
    start(async () => {
      const r = await callAction(
        requestTransitionAction({ team, name, version: Number(version), alias, reason }),
      );
      if (!r.ok) return setError(r.error);
      toast.success(
        r.data.status === "applied"
          ? `${alias} now points to v${version}: the policy needs no approval.`
          : `Move of ${alias} requested: reviewers of ${team} have been asked.`,
      );
      router.push(`/approvals/${r.data.id}`);
    });
  }

  const f = error?.fields ?? {};
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={`Request move of ${alias}`}
      className="space-y-2 rounded-lg border bg-muted/30 p-3"
    >
      <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
        Request a move of <span className="font-mono normal-case">{alias}</span>
      </p>
      <div className="flex items-center gap-2 text-sm">
        <span className="text-muted-foreground">to</span>
        <Select
          size="sm"
          aria-label="Target version"
          className="w-20"
          value={version}
          onValueChange={setVersion}
          options={readyVersions.map((v) => ({ value: String(v), label: `v${v}` }))}
        />
      </div>
      <Textarea
        name="reason"
        aria-label="Reason"
        placeholder="Why move it? Reviewers read this first."
        rows={2}
        maxLength={2000}
        aria-invalid={f.reason ? true : undefined}
        required
      />
      <FormError message={f.reason?.join(" ") ?? error?.message} />
      <div className="flex justify-end gap-2">
        <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="sm" disabled={pending || !version}>
          {pending ? <Loader2 className="animate-spin" /> : <GitPullRequestArrow />}
          Request move
        </Button>
      </div>
    </form>
  );
}

/**
 * The aliases of a model and, for those allowed (alias.set), a form to point one at a ready
 * version. Champion and protected aliases move only through an approved request: the service
 * refuses and the form shows why. Maintainers (alias.protect) protect or release an alias;
 * requesters (transition.request) ask for a protected alias to move.
 */
export function AliasPanel({
  team,
  name,
  aliases,
  readyVersions,
  canSet,
  canProtect = false,
  canRequest = false,
}: {
  team: string;
  name: string;
  aliases: AliasItem[];
  readyVersions: number[];
  canSet: boolean;
  canProtect?: boolean;
  canRequest?: boolean;
}) {
  const router = useRouter();
  const [moving, setMoving] = useState<string | null>(null);
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
              <span className="flex items-center gap-1">
                {canRequest && a.protected && a.name !== "champion" && readyVersions.length ? (
                  <Button
                    type="button"
                    variant="ghost"
                    size="sm"
                    className="h-7 px-2 text-xs"
                    aria-label={`Request move of alias ${a.name}`}
                    aria-expanded={moving === a.name}
                    onClick={() => setMoving(moving === a.name ? null : a.name)}
                  >
                    <GitPullRequestArrow /> Request move
                  </Button>
                ) : null}
                {canProtect && a.name !== "champion" ? (
                  <Button
                    type="button"
                    variant="ghost"
                    size="sm"
                    className="h-7 px-2 text-xs"
                    aria-label={`${a.protected ? "Unprotect" : "Protect"} alias ${a.name}`}
                    disabled={pending}
                    onClick={() =>
                      start(async () => {
                        if (
                          await toastAction(
                            setAliasProtectionAction(
                              { team, name },
                              { alias: a.name, protected: !a.protected },
                            ),
                            a.protected
                              ? `${a.name} is no longer protected.`
                              : `${a.name} is protected: it now moves only through an approved request.`,
                          )
                        )
                          router.refresh();
                      })
                    }
                  >
                    {a.protected ? <LockOpen /> : <Lock />}
                    {a.protected ? "Unprotect" : "Protect"}
                  </Button>
                ) : null}
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
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">No aliases yet.</p>
      )}
      {moving ? (
        <RequestMoveForm
          key={moving}
          team={team}
          name={name}
          alias={moving}
          readyVersions={readyVersions}
          onCancel={() => setMoving(null)}
        />
      ) : null}
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
