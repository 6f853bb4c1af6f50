"use client";

import { Loader2, ShieldCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { verifyAuditChainAction } from "@/actions/audit/verify-chain";
import { Button } from "@/components/ui/button";
import { callAction } from "@/lib/action-client";

/** Runs a full verification and shows its outcome; the badge next to it updates on refresh. */
export function VerifyButton() {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={pending}
      onClick={() =>
        start(async () => {
          const r = await callAction(verifyAuditChainAction());
          if (!r.ok) toast.error(r.error.message);
          else if (r.data.ok)
            toast.success(
              `Chain verified through #${r.data.verifiedThrough} (${r.data.events} events, ${r.data.checkpoints.verified} signed checkpoints) in ${r.data.durationMs} ms.`,
            );
          else
            toast.error(
              `Chain broken at #${r.data.firstBreak?.seq}: ${r.data.firstBreak?.reason ?? "unknown"}`,
            );
          router.refresh();
        })
      }
    >
      {pending ? <Loader2 className="animate-spin" /> : <ShieldCheck />}
      {pending ? "Verifying…" : "Verify now"}
    </Button>
  );
}
