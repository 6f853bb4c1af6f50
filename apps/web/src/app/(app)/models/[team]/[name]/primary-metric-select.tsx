"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { updateModelAction } from "@/actions/registry/update-model";
import { Select } from "@/components/ui/select";
import { toastAction } from "@/lib/action-client";

const NONE = "__none__";

/** The metric that leads comparisons and the summary of the compare page; editors change it here. */
export function PrimaryMetricSelect({
  team,
  name,
  revision,
  value,
  keys,
}: {
  team: string;
  name: string;
  revision: number;
  value: string | null;
  keys: string[];
}) {
  const router = useRouter();
  const [current, setCurrent] = useState(value ?? NONE);
  const [pending, start] = useTransition();
  return (
    <Select
      size="sm"
      aria-label="Primary metric"
      className="mt-0.5 font-mono"
      value={current}
      disabled={pending}
      options={[{ value: NONE, label: "None" }, ...keys.map((k) => ({ value: k, label: k }))]}
      onValueChange={(v) => {
        setCurrent(v);
        start(async () => {
          const primaryMetric = v === NONE ? null : v;
          const ok = await toastAction(
            updateModelAction({ team, name, expectedRevision: revision }, { primaryMetric }),
            primaryMetric ? `${primaryMetric} is now the primary metric.` : "The primary metric was cleared.",
          );
          if (ok) router.refresh();
          else setCurrent(value ?? NONE);
        });
      }}
    />
  );
}
