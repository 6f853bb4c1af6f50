import "server-only";
import {
  createContext,
  isDomainError,
  resolveSession,
  type ServiceContext,
  type UserActor,
} from "@modelgate/core";
import { noteRequestActor } from "@modelgate/core/log";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getAuthOptions } from "./auth-options";
import { requestMeta } from "./request-meta";
import { getRuntime } from "./runtime";

/** The signed-in user's session id from the cookie, if any (not yet checked against the database). */
export async function sessionIdFromCookie(): Promise<string | undefined> {
  const session = (await getServerSession(getAuthOptions())) as { sid?: string } | null;
  return session?.sid;
}

/**
 * The service context of a signed-in page request, checked against the database; anyone else
 * is sent to the login page and brought back afterwards. Cached per request.
 */
export const requirePageContext = cache(async (): Promise<ServiceContext & { actor: UserActor }> => {
  const h = await headers();
  const back = h.get("x-mg-path") ?? "/";
  const login = `/login?callbackUrl=${encodeURIComponent(back)}`;
  const sid = await sessionIdFromCookie();
  if (!sid) redirect(login);
  const { handle, artifactStore, auditSigner, webhookPolicy } = await getRuntime();
  const db = handle.db;
  let actor: UserActor;
  try {
    actor = await resolveSession(db, sid);
    noteRequestActor(actor);
  } catch (e) {
    if (isDomainError(e)) redirect(`${login}&reason=${e.code}`);
    throw e;
  }
  return createContext(db, actor, requestMeta(h), {
    artifactStore,
    auditSigner,
    webhookPolicy,
  }) as ServiceContext & {
    actor: UserActor;
  };
});
