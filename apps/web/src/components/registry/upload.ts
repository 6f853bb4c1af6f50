/**
 * Browser upload of one artifact with real progress: fetch() cannot report upload progress,
 * XMLHttpRequest can. The session cookie authenticates; the API answers with its usual JSON.
 */

export interface UploadResult {
  path: string;
  size: number;
  sha256: string;
  versionStatus: "pending" | "ready" | "failed";
  alreadyUploaded: boolean;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export function uploadArtifactXhr(
  url: string,
  file: Blob,
  onProgress: (loaded: number, total: number) => void,
  signal?: AbortSignal,
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", url);
    xhr.setRequestHeader("content-type", file.type || "application/octet-stream");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      const body = xhr.response as (UploadResult & { error?: { code: string; message: string } }) | null;
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        onProgress(file.size, file.size);
        resolve(body);
      } else {
        reject(
          new UploadError(
            body?.error?.message ?? `The upload failed (HTTP ${xhr.status}).`,
            body?.error?.code ?? "internal",
          ),
        );
      }
    };
    xhr.onerror = () => reject(new UploadError("The server could not be reached. Try again.", "network"));
    xhr.onabort = () => reject(new UploadError("The upload was cancelled.", "aborted"));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
