import type { ComponentProps } from "react";
import Markdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { cn } from "@/lib/cn";

// Model cards are written by users: raw HTML is not parsed (react-markdown's default) and the
// tree is sanitized besides, so a `<script>` is shown as text and a javascript: link is dropped.
const components: Components = {
  h1: (p) => <h1 className="mt-6 mb-3 text-2xl font-semibold tracking-tight first:mt-0" {...strip(p)} />,
  h2: (p) => <h2 className="mt-6 mb-2 border-b pb-1 text-lg font-semibold first:mt-0" {...strip(p)} />,
  h3: (p) => <h3 className="mt-5 mb-2 text-base font-semibold first:mt-0" {...strip(p)} />,
  h4: (p) => <h4 className="mt-4 mb-2 text-sm font-semibold" {...strip(p)} />,
  p: (p) => <p className="my-3 leading-relaxed" {...strip(p)} />,
  a: (p) => (
    <a
      className="font-medium text-primary underline underline-offset-2 hover:no-underline"
      rel="noopener noreferrer nofollow"
      {...strip(p)}
    />
  ),
  ul: (p) => <ul className="my-3 list-disc space-y-1 pl-6" {...strip(p)} />,
  ol: (p) => <ol className="my-3 list-decimal space-y-1 pl-6" {...strip(p)} />,
  blockquote: (p) => (
    <blockquote className="my-3 border-l-2 border-primary/40 pl-4 text-muted-foreground" {...strip(p)} />
  ),
  code: ({ className, ...p }) => (
    <code
      className={cn(
        "rounded bg-muted px-1 py-0.5 font-mono text-[0.85em] [pre_&]:bg-transparent [pre_&]:p-0",
        className,
      )}
      {...strip(p)}
    />
  ),
  pre: (p) => (
    <pre className="my-3 overflow-x-auto rounded-lg border bg-muted/60 p-3 text-sm" {...strip(p)} />
  ),
  hr: () => <hr className="my-6" />,
  table: (p) => (
    <div className="my-3 overflow-x-auto">
      <table className="w-full border-collapse text-sm" {...strip(p)} />
    </div>
  ),
  th: (p) => <th className="border bg-muted/50 px-2 py-1 text-left font-medium" {...strip(p)} />,
  td: (p) => <td className="border px-2 py-1" {...strip(p)} />,
  img: (p) => <img className="my-3 max-w-full rounded-md border" alt="" {...strip(p)} />,
};

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** Raw HTML in a card is shown as the text the author typed, never interpreted. */
function htmlAsText() {
  const blockParents = new Set(["root", "blockquote", "listItem"]);
  const walk = (node: MdNode) => {
    node.children = node.children?.map((child) => {
      if (child.type !== "html") return child;
      const text: MdNode = { type: "text", value: child.value ?? "" };
      return blockParents.has(node.type) ? { type: "paragraph", children: [text] } : text;
    });
    node.children?.forEach(walk);
  };
  return (tree: MdNode) => walk(tree);
}

/** react-markdown hands every component the hast `node`; it must not reach the DOM. */
function strip<T extends { node?: unknown }>(props: T): Omit<T, "node"> {
  const { node: _node, ...rest } = props;
  return rest;
}

export function MarkdownView({
  source,
  className,
}: { source: string } & Pick<ComponentProps<"div">, "className">) {
  return (
    <div className={cn("min-w-0 break-words text-sm", className)} data-testid="markdown">
      <Markdown remarkPlugins={[htmlAsText]} rehypePlugins={[rehypeSanitize]} components={components}>
        {source}
      </Markdown>
    </div>
  );
}
