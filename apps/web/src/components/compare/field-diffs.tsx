import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";

export interface FieldDiffView {
  key: string;
  baseline: unknown;
  candidate: unknown;
  change: "added" | "removed" | "changed" | "same";
}

function show(v: unknown) {
  if (v === null || v === undefined) return <span className="text-muted-foreground/60">—</span>;
  const text = Array.isArray(v) ? v.map(String).join(", ") : typeof v === "string" ? v : JSON.stringify(v);
  // Digests and other long unbroken tokens: the start and the end tell them apart.
  const short =
    text.length > 40 && !/\s/.test(text)
      ? `${text.slice(0, 22)}…${text.slice(-8)}`
      : text.length > 160
        ? `${text.slice(0, 160)}…`
        : text;
  return (
    <span className="break-words" title={short === text ? undefined : text}>
      {short}
    </span>
  );
}

const changeStyle = {
  changed: "bg-warning/15",
  added: "bg-success/10",
  removed: "bg-destructive/10",
  same: "",
} as const;

const changeLabel = { changed: "changed", added: "added", removed: "removed", same: "" } as const;

/** Params, tags or lineage of two versions key by key; what differs is highlighted and listed first. */
export function FieldDiffCard({
  title,
  rows,
  baselineHeader,
  candidateHeader,
}: {
  title: string;
  rows: FieldDiffView[];
  baselineHeader: string;
  candidateHeader: string;
}) {
  const differing = rows.filter((r) => r.change !== "same").length;
  const sorted = [...rows].sort((a, b) => Number(a.change === "same") - Number(b.change === "same"));
  const id = `diff-${title.toLowerCase()}`;
  return (
    <Card className="min-w-0 overflow-hidden">
      <section aria-labelledby={id}>
        <div className="flex items-baseline justify-between gap-3 border-b px-4 py-3">
          <h3 id={id} className="font-medium">
            {title}
          </h3>
          <span
            className={cn("text-xs", differing ? "font-medium text-foreground" : "text-muted-foreground")}
          >
            {rows.length === 0 ? "none" : differing ? `${differing} of ${rows.length} differ` : "identical"}
          </span>
        </div>
        {rows.length === 0 ? (
          <p className="px-4 py-4 text-sm text-muted-foreground">
            Neither version has {title.toLowerCase()}.
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-xs" data-testid={`diff-${title.toLowerCase()}`}>
              <thead className="bg-muted/40 text-muted-foreground">
                <tr>
                  <th scope="col" className="px-4 py-1.5 text-left font-medium">
                    Key
                  </th>
                  <th scope="col" className="px-3 py-1.5 text-left font-medium">
                    {baselineHeader}
                  </th>
                  <th scope="col" className="px-3 py-1.5 text-left font-medium">
                    {candidateHeader}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {sorted.map((r) => (
                  <tr key={r.key} className={changeStyle[r.change]} data-change={r.change}>
                    <th scope="row" className="px-4 py-1.5 text-left align-top font-mono font-medium">
                      {r.key}
                      {r.change !== "same" ? (
                        <span className="ml-1.5 font-sans text-[10px] font-normal text-muted-foreground">
                          {changeLabel[r.change]}
                        </span>
                      ) : null}
                    </th>
                    <td
                      className={cn(
                        "px-3 py-1.5 align-top font-mono",
                        r.change === "same" && "text-muted-foreground",
                      )}
                    >
                      {show(r.baseline)}
                    </td>
                    <td
                      className={cn(
                        "px-3 py-1.5 align-top font-mono",
                        r.change === "same" ? "text-muted-foreground" : "font-semibold",
                      )}
                    >
                      {show(r.candidate)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Card>
  );
}
