import type { TransferProgress } from "../client.js";

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

/**
 * Transfer progress on stderr: a redrawn bar on a terminal, otherwise one plain line when a
 * transfer starts and one when it ends (logs stay readable).
 */
export function progressReporter(verb: string, stream: NodeJS.WriteStream = process.stderr) {
  const tty = Boolean(stream.isTTY);
  let current: string | undefined;
  let lastDraw = 0;
  const width = 30;

  function finish(p: TransferProgress) {
    if (tty) stream.write("\n");
    else stream.write(`${verb} ${p.path}: done (${formatBytes(p.loaded)})\n`);
    current = undefined;
  }

  return (p: TransferProgress) => {
    if (current !== p.path) {
      current = p.path;
      lastDraw = 0;
      if (!tty)
        stream.write(`${verb} ${p.path}${p.total !== undefined ? ` (${formatBytes(p.total)})` : ""}\n`);
    }
    const done = p.total !== undefined && p.loaded >= p.total;
    const now = Date.now();
    if (tty && (done || now - lastDraw > 100)) {
      lastDraw = now;
      const ratio = p.total ? Math.min(1, p.loaded / p.total) : 0;
      const filled = Math.round(ratio * width);
      const bar = p.total
        ? `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}%`
        : "";
      const size = `${formatBytes(p.loaded)}${p.total !== undefined ? ` / ${formatBytes(p.total)}` : ""}`;
      stream.write(`\r\x1b[2K${verb} ${p.path} ${bar} ${size}`);
    }
    if (done) finish(p);
  };
}
