/**
 * Runs once when the server starts: take the data-directory lock, migrate and seed before the
 * first request, and stop the process with a clear message if that is impossible.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startOrExit } = await import("./server/runtime");
  await startOrExit();
}
