"use client";

import { CheckCircle2, Loader2, Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { toast } from "sonner";
import { artifactUrl, formatBytes } from "@/components/registry/format";
import { ProgressBar } from "@/components/registry/progress";
import { UploadError, uploadArtifactXhr } from "@/components/registry/upload";

/** Uploads the bytes of one declared artifact of a pending version, with a progress bar. */
export function ArtifactUpload({
  team,
  name,
  version,
  path,
  declaredSize,
}: {
  team: string;
  name: string;
  version: number;
  path: string;
  declaredSize: number | null;
}) {
  const router = useRouter();
  const id = useId();
  const [state, setState] = useState<
    | { kind: "idle" }
    | { kind: "uploading"; loaded: number; total: number; file: string }
    | { kind: "done" }
    | { kind: "error"; message: string }
  >({ kind: "idle" });

  async function upload(file: File) {
    if (declaredSize !== null && file.size !== declaredSize) {
      setState({
        kind: "error",
        message: `${file.name} is ${formatBytes(file.size)}; ${formatBytes(declaredSize)} were declared.`,
      });
      return;
    }
    setState({ kind: "uploading", loaded: 0, total: file.size, file: file.name });
    try {
      const r = await uploadArtifactXhr(artifactUrl(team, name, version, path), file, (loaded, total) =>
        setState({ kind: "uploading", loaded, total, file: file.name }),
      );
      setState({ kind: "done" });
      toast.success(
        r.versionStatus === "ready" ? `${path} uploaded: v${version} is ready.` : `${path} uploaded.`,
      );
      router.refresh();
    } catch (e) {
      setState({ kind: "error", message: e instanceof UploadError ? e.message : "The upload failed." });
    }
  }

  if (state.kind === "done")
    return (
      <span className="inline-flex items-center gap-1 text-xs text-success">
        <CheckCircle2 className="size-3.5" /> Uploaded
      </span>
    );
  if (state.kind === "uploading") {
    const pct = state.total ? (state.loaded / state.total) * 100 : 0;
    return (
      <div className="w-48 space-y-1">
        <div className="flex items-center justify-between text-xs text-muted-foreground">
          <span className="flex items-center gap-1 truncate">
            <Loader2 className="size-3 animate-spin" /> {state.file}
          </span>
          <span className="tabular-nums">{Math.round(pct)}%</span>
        </div>
        <ProgressBar value={pct} label={`Upload of ${path}`} />
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <label
        htmlFor={id}
        className="inline-flex h-8 cursor-pointer items-center gap-1.5 rounded-md border border-dashed border-primary/50 bg-accent/40 px-3 text-xs font-medium text-accent-foreground transition-colors hover:bg-accent focus-within:ring-2 focus-within:ring-ring"
      >
        <Upload className="size-3.5" /> Upload {path}
        <input
          id={id}
          type="file"
          className="sr-only"
          aria-label={`Upload ${path}`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void upload(file);
          }}
        />
      </label>
      {state.kind === "error" ? <p className="max-w-56 text-xs text-destructive">{state.message}</p> : null}
    </div>
  );
}
