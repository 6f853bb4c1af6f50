import { loadModel } from "@modelgate/core";
import { ChevronRight, Lock } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { CodeBlock } from "@/components/registry/code-block";
import { modelHref } from "@/components/registry/format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, orNotFound } from "@/server/page-access";
import { requirePageContext } from "@/server/session";
import { RegisterForm } from "./register-form";

export async function generateMetadata({
  params,
}: PageProps<"/models/[team]/[name]/register">): Promise<Metadata> {
  const { team, name } = await params;
  return { title: `Register a version of ${team}/${name}` };
}

export default async function RegisterVersionPage({ params }: PageProps<"/models/[team]/[name]/register">) {
  const { team, name } = await params;
  const ctx = await requirePageContext();
  const model = await orNotFound(loadModel(ctx, team, name));
  const ref = { team: model.teamSlug, name: model.name };
  const allowed = can(ctx, model.teamId, "version.register");
  return (
    <>
      <nav
        aria-label="Breadcrumb"
        className="mb-4 flex flex-wrap items-center gap-1 text-sm text-muted-foreground"
      >
        <Link href="/models" className="hover:text-foreground">
          Models
        </Link>
        <ChevronRight className="size-3.5" />
        <Link href={modelHref(ref.team, ref.name)} className="font-mono hover:text-foreground">
          {model.fullName}
        </Link>
        <ChevronRight className="size-3.5" />
        <span className="text-foreground" aria-current="page">
          Register version
        </span>
      </nav>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">Register a version</h1>
          <p className="text-sm text-muted-foreground">
            Version {model.latestVersion + 1} of <span className="font-mono">{model.fullName}</span>, for
            people without a training script at hand. Pipelines use the CLI instead.
          </p>
        </div>
      </div>
      {!allowed || model.archived ? (
        <Card className="flex flex-col items-center px-6 py-14 text-center">
          <div className="mb-3 flex size-11 items-center justify-center rounded-full bg-muted text-muted-foreground">
            <Lock className="size-5" />
          </div>
          <h2 className="font-semibold">
            {model.archived ? "This model is archived" : "You cannot register versions of this model"}
          </h2>
          <p className="mt-1 max-w-md text-sm text-muted-foreground">
            {model.archived
              ? "A maintainer must restore it before it accepts new versions."
              : "Registering versions needs the contributor role (or higher) in this team."}
          </p>
          <Button asChild variant="outline" size="sm" className="mt-4">
            <Link href={modelHref(ref.team, ref.name)}>Back to the model</Link>
          </Button>
        </Card>
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <RegisterForm team={ref.team} name={ref.name} />
          <aside className="space-y-4 lg:sticky lg:top-20">
            <Card className="p-4 text-sm">
              <h2 className="mb-2 font-medium">How it works</h2>
              <ol className="list-decimal space-y-1.5 pl-4 text-muted-foreground">
                <li>The version is registered with its metrics, params, lineage and the list of files.</li>
                <li>Your browser uploads each file; its size and SHA-256 are recorded.</li>
                <li>When the last file has arrived the version is ready to alias or promote.</li>
              </ol>
              <p className="mt-3 text-xs text-muted-foreground">
                If an upload is interrupted the version stays pending; upload the missing files from its page.
              </p>
            </Card>
            <Card className="p-4">
              <h2 className="mb-2 text-sm font-medium">From a pipeline</h2>
              <CodeBlock
                wrap
                lines={[
                  `modelgate versions register ${model.fullName} --artifact model.pkl --metric auc=0.93`,
                ]}
              />
            </Card>
          </aside>
        </div>
      )}
    </>
  );
}
