import { CheckCircle2 } from "lucide-react";
import type { Metadata } from "next";
import { Logo } from "@/components/logo";
import { ThemeToggle } from "@/components/theme-toggle";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

const reasons: Record<string, string> = {
  unauthenticated: "Your session has ended. Please sign in again.",
  account_disabled: "This account is disabled. Ask an administrator to enable it.",
};

const points = [
  "Every model version with its artifacts, metrics and lineage",
  "Four-eyes promotions signed by the reviewers who approve them",
  "A tamper-evident audit trail your compliance officer can verify",
];

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; reason?: string }>;
}) {
  const { callbackUrl, reason } = await searchParams;
  // Only same-site paths: an open redirect after login would be a phishing aid.
  const back = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/models";
  return (
    <main className="grid min-h-screen lg:grid-cols-2">
      <section className="relative hidden flex-col justify-between overflow-hidden bg-gradient-to-br from-indigo-950 via-indigo-900 to-violet-900 p-12 text-white lg:flex">
        <div className="flex items-center gap-3 text-lg font-semibold">
          <Logo className="size-8" /> Modelgate
        </div>
        <div className="max-w-md space-y-6">
          <h1 className="text-4xl font-semibold leading-tight tracking-tight">
            The model registry your reviewers and auditors trust.
          </h1>
          <ul className="space-y-3 text-indigo-100">
            {points.map((p) => (
              <li key={p} className="flex gap-3">
                <CheckCircle2 className="mt-0.5 size-5 shrink-0 text-emerald-300" /> {p}
              </li>
            ))}
          </ul>
        </div>
        <p className="text-sm text-indigo-200/70">
          staging → production → archived, with evidence at every step.
        </p>
      </section>
      <section className="flex flex-col">
        <div className="flex justify-end p-4">
          <ThemeToggle />
        </div>
        <div className="flex flex-1 items-center justify-center px-6 pb-16">
          <div className="w-full max-w-sm space-y-8">
            <div className="space-y-2">
              <div className="flex items-center gap-2 lg:hidden">
                <Logo /> <span className="font-semibold">Modelgate</span>
              </div>
              <h2 className="text-2xl font-semibold tracking-tight">Sign in</h2>
              <p className="text-sm text-muted-foreground">
                Use the email and password your administrator gave you.
              </p>
            </div>
            {reason && reasons[reason] ? (
              <p
                role="status"
                className="rounded-md border border-warning/50 bg-warning/10 px-3 py-2 text-sm"
              >
                {reasons[reason]}
              </p>
            ) : null}
            <LoginForm callbackUrl={back} />
          </div>
        </div>
      </section>
    </main>
  );
}
