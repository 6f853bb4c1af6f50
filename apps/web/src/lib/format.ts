// Rendered on the server and hydrated in the browser: a fixed time zone keeps both identical.
const dateFmt = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const dateTimeFmt = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

function toDate(d: Date | string | null | undefined): Date | null {
  if (!d) return null;
  const date = typeof d === "string" ? new Date(d) : d;
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(d: Date | string | null | undefined): string {
  const date = toDate(d);
  return date ? dateFmt.format(date) : "—";
}

export function formatDateTime(d: Date | string | null | undefined): string {
  const date = toDate(d);
  return date ? `${dateTimeFmt.format(date)} UTC` : "—";
}

/** Full UTC timestamp, for a title tooltip. */
export function isoUtc(d: Date | string | null | undefined): string | undefined {
  const date = toDate(d);
  return date ? `${date.toISOString().replace("T", " ").slice(0, 19)} UTC` : undefined;
}

/** "Ada Admin" → "AA", for avatars. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((p) => p[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
}
