import { createReadStream } from "node:fs";

/** Longer than any line the server writes (a JSON body is at most 1 MiB): not an export. */
const MAX_LINE = 64 * 1024 * 1024;

/**
 * The lines of a UTF-8 text stream, split on "\n" only (a "\r" stays part of its line, so the
 * text is seen byte for byte as it was signed), in constant memory whatever the length.
 */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = "";
  for await (const chunk of chunks) {
    rest += chunk;
    let start = 0;
    for (let nl = rest.indexOf("\n"); nl !== -1; nl = rest.indexOf("\n", start)) {
      yield rest.slice(start, nl);
      start = nl + 1;
    }
    rest = rest.slice(start);
    if (rest.length > MAX_LINE) throw new Error(`a line is longer than ${MAX_LINE / 1024 / 1024} MiB`);
  }
  if (rest) yield rest;
}

/** The lines of a file, or of standard input for `-`. */
export function fileLines(path: string): AsyncGenerator<string> {
  const stream =
    path === "-"
      ? process.stdin.setEncoding("utf8")
      : createReadStream(path, { encoding: "utf8", highWaterMark: 1024 * 1024 });
  return splitLines(stream as AsyncIterable<string>);
}
