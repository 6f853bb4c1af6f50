import { toast } from "sonner";
import type { ActionResult } from "@/server/action";

export type ActionError = Extract<ActionResult, { ok: false }>["error"];

/** Runs a row-level action: a toast either way; resolves to whether it worked. */
export async function toastAction<T>(
  pending: Promise<ActionResult<T>>,
  success: string | ((data: T) => string),
): Promise<boolean> {
  try {
    const r = await pending;
    if (r.ok) {
      toast.success(typeof success === "function" ? success(r.data) : success);
      return true;
    }
    toast.error(r.error.message);
  } catch {
    toast.error("The server could not be reached. Try again.");
  }
  return false;
}

/** Calls an action from a form; a network failure becomes an ordinary error result. */
export async function callAction<T>(pending: Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await pending;
  } catch {
    return { ok: false, error: { code: "internal", message: "The server could not be reached. Try again." } };
  }
}
