"use client";

import { Archive, ArchiveRestore } from "lucide-react";
import { useRouter } from "next/navigation";
import { setModelArchivedAction } from "@/actions/registry/set-model-archived";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { toastAction } from "@/lib/action-client";

/** Archive or restore a model (maintainers); nothing is ever deleted. */
export function ArchiveButton({ team, name, archived }: { team: string; name: string; archived: boolean }) {
  const router = useRouter();
  return (
    <Confirm
      trigger={
        <Button variant="ghost">
          {archived ? <ArchiveRestore /> : <Archive />} {archived ? "Restore" : "Archive"}
        </Button>
      }
      title={archived ? `Restore ${team}/${name}?` : `Archive ${team}/${name}?`}
      description={
        archived
          ? "It shows up in searches again and accepts new versions."
          : "It disappears from the default search and accepts no new versions. Its versions, artifacts and history stay readable; you can restore it."
      }
      confirmLabel={archived ? "Restore model" : "Archive model"}
      destructive={!archived}
      onConfirm={async () => {
        const ok = await toastAction(
          setModelArchivedAction({ team, name }, !archived),
          archived ? `${team}/${name} was restored.` : `${team}/${name} was archived.`,
        );
        if (ok) router.refresh();
      }}
    />
  );
}
