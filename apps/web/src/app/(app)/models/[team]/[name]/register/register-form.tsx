"use client";

import { CheckCircle2, CircleAlert, FileUp, Loader2, Paperclip, RotateCw, X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type DragEvent, type FormEvent, type ReactNode, useState } from "react";
import { toast } from "sonner";
import { registerVersionAction } from "@/actions/registry/register-version";
import { artifactUrl, formatBytes, versionHref } from "@/components/registry/format";
import { parseKeyValueLines, parseNumberLines, withFieldErrors } from "@/components/registry/key-values";
import { ProgressBar } from "@/components/registry/progress";
import { UploadError, uploadArtifactXhr } from "@/components/registry/upload";
import { Button } from "@/components/ui/button";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction } from "@/lib/action-client";
import { cn } from "@/lib/cn";

type FileState = { loaded: number; status: "waiting" | "uploading" | "done" | "error"; error?: string };
type Phase = "form" | "registering" | "uploading" | "done" | "failed";

const LINEAGE_FIELDS = [
  "datasetName",
  "datasetVersion",
  "gitCommit",
  "framework",
  "frameworkVersion",
] as const;

/** Where a service's field error belongs on this form. */
function fieldOf(key: string): string {
  if (key.startsWith("lineage.")) return key.split(".")[1] ?? "lineage";
  if (key === "path" || key.startsWith("artifacts")) return "files";
  return key.split(".")[0] ?? key;
}

/**
 * Registers a version from the browser: the service records it with its declared files, then
 * each file is PUT to the artifacts endpoint with XHR (for real upload progress). The version
 * turns ready with the last file, and the page opens it.
 */
export function RegisterForm({ team, name }: { team: string; name: string }) {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<Record<string, FileState>>({});
  const [phase, setPhase] = useState<Phase>("form");
  const [version, setVersion] = useState<number | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [dragging, setDragging] = useState(false);
  const busy = phase === "registering" || phase === "uploading" || phase === "done";

  function addFiles(list: FileList | null) {
    if (!list?.length) return;
    const incoming = [...list];
    setFiles((prev) => {
      const names = new Set(incoming.map((f) => f.name));
      return [...prev.filter((f) => !names.has(f.name)), ...incoming];
    });
  }

  async function uploadAll(v: number, pending: File[]) {
    setPhase("uploading");
    let failed = false;
    let ready = pending.length === 0;
    for (const file of pending) {
      setProgress((p) => ({ ...p, [file.name]: { loaded: 0, status: "uploading" } }));
      try {
        const r = await uploadArtifactXhr(artifactUrl(team, name, v, file.name), file, (loaded) =>
          setProgress((p) => ({ ...p, [file.name]: { loaded, status: "uploading" } })),
        );
        ready = r.versionStatus === "ready";
        setProgress((p) => ({ ...p, [file.name]: { loaded: file.size, status: "done" } }));
      } catch (e) {
        failed = true;
        const message = e instanceof UploadError ? e.message : "The upload failed.";
        setProgress((p) => ({ ...p, [file.name]: { loaded: 0, status: "error", error: message } }));
      }
    }
    if (failed) {
      setPhase("failed");
      return;
    }
    setPhase("done");
    toast.success(ready ? `v${v} is registered and ready.` : `v${v} is registered.`);
    // Leave the completed bars on screen for a moment before opening the version.
    setTimeout(() => router.push(versionHref(team, name, v)), 1500);
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const form = new FormData(e.currentTarget);
    const text = (k: string) => String(form.get(k) ?? "").trim();
    const params = parseKeyValueLines(text("params"), "param");
    const metrics = parseNumberLines(text("metrics"));
    const tags = parseKeyValueLines(text("tags"), "tag");
    const local: Record<string, string[]> = {};
    if (params.errors.length) local.params = params.errors;
    if (metrics.errors.length) local.metrics = metrics.errors;
    if (tags.errors.length) local.tags = tags.errors;
    if (Object.keys(local).length) {
      setError({ code: "validation_failed", message: "Some fields need fixing.", fields: local });
      return;
    }
    const lineage: Record<string, string> = {};
    for (const k of LINEAGE_FIELDS) if (text(k)) lineage[k] = text(k);
    setError(null);
    setPhase("registering");
    void (async () => {
      const r = await callAction(
        registerVersionAction(
          { team, name },
          {
            description: text("description"),
            params: params.values,
            metrics: Object.entries(metrics.values).map(([key, value]) => ({ key, value })),
            tags: tags.values,
            lineage,
            artifacts: files.map((f) => ({
              path: f.name,
              size: f.size,
              ...(f.type ? { contentType: f.type } : {}),
            })),
          },
        ),
      );
      if (!r.ok) {
        setPhase("form");
        setError(withFieldErrors(r.error, fieldOf));
        return;
      }
      setVersion(r.data.version);
      setProgress(
        Object.fromEntries(files.map((f) => [f.name, { loaded: 0, status: "waiting" } as FileState])),
      );
      await uploadAll(r.data.version, files);
    })();
  }

  /** Editing a field clears its message (and the summary once nothing is left). */
  function onFieldChange(target: EventTarget) {
    const field = (target as HTMLInputElement).name;
    if (!error?.fields?.[field]) return;
    const { [field]: _cleared, ...rest } = error.fields;
    setError(Object.keys(rest).length ? { ...error, fields: rest } : null);
  }

  function retry() {
    if (version === null) return;
    void uploadAll(
      version,
      files.filter((f) => progress[f.name]?.status !== "done"),
    );
  }

  const f = error?.fields ?? {};
  const total = files.reduce((s, x) => s + x.size, 0);
  const loaded = files.reduce((s, x) => s + (progress[x.name]?.loaded ?? 0), 0);
  const overall = phase === "done" ? 100 : total ? (loaded / total) * 100 : 0;

  return (
    <form
      onSubmit={onSubmit}
      onChange={(e) => onFieldChange(e.target)}
      noValidate
      aria-label="Register version"
      className="space-y-6"
    >
      <Panel title="Version" description="What changed, in a sentence or two; tags help find it later.">
        <Field id="reg-description" label="Description" error={f.description}>
          <Textarea
            {...fieldProps("reg-description", f.description)}
            name="description"
            rows={3}
            disabled={busy}
            placeholder="Retrained on November data with device fingerprint features."
          />
        </Field>
        <Field id="reg-tags" label="Tags" hint="One key=value per line." error={f.tags}>
          <Textarea
            {...fieldProps("reg-tags", f.tags, true)}
            name="tags"
            rows={2}
            disabled={busy}
            spellCheck={false}
            className="font-mono text-[13px]"
            placeholder="dataset=2026-11"
          />
        </Field>
      </Panel>

      <Panel
        title="Evaluation"
        description="Offline metrics and training params; fixed once the version is ready."
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="reg-metrics" label="Metrics" hint="key=number per line, e.g. auc=0.93" error={f.metrics}>
            <Textarea
              {...fieldProps("reg-metrics", f.metrics, true)}
              name="metrics"
              rows={5}
              disabled={busy}
              spellCheck={false}
              className="font-mono text-[13px]"
              placeholder={"auc=0.93\nprecision_at_1pct=0.68"}
            />
          </Field>
          <Field id="reg-params" label="Params" hint="key=value per line, e.g. max_depth=8" error={f.params}>
            <Textarea
              {...fieldProps("reg-params", f.params, true)}
              name="params"
              rows={5}
              disabled={busy}
              spellCheck={false}
              className="font-mono text-[13px]"
              placeholder={"max_depth=8\neta=0.05"}
            />
          </Field>
        </div>
      </Panel>

      <Panel title="Lineage" description="Where it came from: reviewers and auditors rely on it.">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="reg-datasetName" label="Dataset name" error={f.datasetName}>
            <Input
              {...fieldProps("reg-datasetName", f.datasetName)}
              name="datasetName"
              disabled={busy}
              placeholder="transactions"
            />
          </Field>
          <Field id="reg-datasetVersion" label="Dataset version" error={f.datasetVersion}>
            <Input
              {...fieldProps("reg-datasetVersion", f.datasetVersion)}
              name="datasetVersion"
              disabled={busy}
              placeholder="2026-11"
            />
          </Field>
          <Field id="reg-gitCommit" label="Git commit" hint="7–64 hex characters" error={f.gitCommit}>
            <Input
              {...fieldProps("reg-gitCommit", f.gitCommit, true)}
              name="gitCommit"
              disabled={busy}
              spellCheck={false}
              className="font-mono"
              placeholder="e20b6d4"
            />
          </Field>
          <div className="grid grid-cols-[minmax(0,1fr)_7rem] gap-2">
            <Field id="reg-framework" label="Framework" error={f.framework}>
              <Input
                {...fieldProps("reg-framework", f.framework)}
                name="framework"
                disabled={busy}
                placeholder="xgboost"
              />
            </Field>
            <Field id="reg-frameworkVersion" label="Version" error={f.frameworkVersion}>
              <Input
                {...fieldProps("reg-frameworkVersion", f.frameworkVersion)}
                name="frameworkVersion"
                disabled={busy}
                placeholder="2.1.1"
              />
            </Field>
          </div>
        </div>
      </Panel>

      <Panel
        title="Files"
        description="Each file becomes an artifact named after it. Large files are fine: they stream to storage."
      >
        <label
          htmlFor="reg-files"
          onDragOver={(e: DragEvent) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e: DragEvent) => {
            e.preventDefault();
            setDragging(false);
            if (!busy) addFiles(e.dataTransfer.files);
          }}
          className={cn(
            "flex cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed px-4 py-8 text-center transition-colors",
            dragging
              ? "border-primary bg-accent/60"
              : "border-input hover:border-primary/50 hover:bg-muted/40",
            busy && "pointer-events-none opacity-60",
            f.files && "border-destructive/60",
          )}
        >
          <span className="flex size-10 items-center justify-center rounded-full bg-accent text-accent-foreground">
            <FileUp className="size-5" />
          </span>
          <span className="text-sm font-medium">Drop files here or click to choose</span>
          <span className="text-xs text-muted-foreground">model weights, config, tokenizer, …</span>
          <input
            id="reg-files"
            type="file"
            multiple
            className="sr-only"
            name="files"
            aria-label="Files"
            disabled={busy}
            onChange={(e) => {
              e.stopPropagation();
              onFieldChange(e.target);
              addFiles(e.target.files);
              e.target.value = "";
            }}
          />
        </label>
        {f.files ? <p className="text-xs text-destructive">{f.files.join(" ")}</p> : null}
        {files.length ? (
          <ul className="divide-y rounded-lg border" aria-label="Selected files">
            {files.map((file) => {
              const st = progress[file.name];
              const pct = st
                ? st.status === "done"
                  ? 100
                  : file.size
                    ? (st.loaded / file.size) * 100
                    : 0
                : 0;
              return (
                <li key={file.name} className="space-y-1.5 px-3 py-2.5">
                  <div className="flex items-center gap-3 text-sm">
                    <Paperclip className="size-4 shrink-0 text-muted-foreground" />
                    <span className="min-w-0 flex-1 truncate font-mono text-xs font-medium">{file.name}</span>
                    <span className="shrink-0 tabular-nums text-xs text-muted-foreground">
                      {formatBytes(file.size)}
                    </span>
                    {st ? (
                      <span className="flex w-16 shrink-0 items-center justify-end gap-1 text-xs tabular-nums">
                        {st.status === "done" ? (
                          <CheckCircle2 className="size-3.5 text-success" aria-label="uploaded" />
                        ) : st.status === "error" ? (
                          <CircleAlert className="size-3.5 text-destructive" aria-label="failed" />
                        ) : null}
                        {Math.round(pct)}%
                      </span>
                    ) : (
                      <button
                        type="button"
                        onClick={() => setFiles((prev) => prev.filter((x) => x !== file))}
                        aria-label={`Remove ${file.name}`}
                        className="rounded p-1 text-muted-foreground hover:bg-muted hover:text-destructive"
                      >
                        <X className="size-3.5" />
                      </button>
                    )}
                  </div>
                  {st ? (
                    <ProgressBar
                      value={pct}
                      label={`Upload of ${file.name}`}
                      tone={st.status === "done" ? "success" : st.status === "error" ? "danger" : "primary"}
                    />
                  ) : null}
                  {st?.error ? <p className="text-xs text-destructive">{st.error}</p> : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </Panel>

      {phase === "uploading" || phase === "done" || phase === "failed" ? (
        <div className="space-y-2 rounded-xl border bg-card p-4 shadow-sm" aria-live="polite">
          <div className="flex items-center justify-between text-sm">
            <span className="flex items-center gap-2 font-medium">
              {phase === "done" ? (
                <CheckCircle2 className="size-4 text-success" />
              ) : phase === "failed" ? (
                <CircleAlert className="size-4 text-destructive" />
              ) : (
                <Loader2 className="size-4 animate-spin" />
              )}
              {phase === "done"
                ? `v${version} is ready — opening it…`
                : phase === "failed"
                  ? `v${version} is registered, but some files did not upload`
                  : `Uploading to v${version}…`}
            </span>
            <span className="tabular-nums text-muted-foreground" data-testid="overall-progress">
              {formatBytes(phase === "done" ? total : loaded)} of {formatBytes(total)} · {Math.round(overall)}
              %
            </span>
          </div>
          <ProgressBar
            value={overall}
            label="Overall upload"
            tone={phase === "done" ? "success" : phase === "failed" ? "danger" : "primary"}
          />
        </div>
      ) : null}

      <FormError message={phase === "form" ? error?.message : null} />
      <div className="flex flex-wrap items-center justify-end gap-3">
        {phase === "failed" && version !== null ? (
          <>
            <Button asChild variant="outline">
              <Link href={versionHref(team, name, version)}>Open v{version}</Link>
            </Button>
            <Button type="button" onClick={retry}>
              <RotateCw /> Retry failed uploads
            </Button>
          </>
        ) : (
          <>
            <span className="text-xs text-muted-foreground">
              {files.length
                ? `${files.length} ${files.length === 1 ? "file" : "files"}, ${formatBytes(total)}`
                : "No files: the version is ready at once."}
            </span>
            <Button type="submit" disabled={busy}>
              {busy ? <Loader2 className="animate-spin" /> : null}
              {phase === "registering"
                ? "Registering…"
                : phase === "form"
                  ? "Register version"
                  : "Uploading…"}
            </Button>
          </>
        )}
      </div>
    </form>
  );
}

function Panel({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="space-y-4 rounded-xl border bg-card p-5 shadow-sm">
      <legend className="sr-only">{title}</legend>
      <div aria-hidden>
        <h2 className="font-medium">{title}</h2>
        <p className="text-xs text-muted-foreground">{description}</p>
      </div>
      {children}
    </fieldset>
  );
}
