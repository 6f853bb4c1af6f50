// Bundles the programs that run beside Next.js: dist/server.mjs (the HTTP server around it) and
// dist/artifacts.mjs (`pnpm artifacts`). Our workspace code is bundled (it is TypeScript source);
// every npm package stays an import resolved at run time from apps/web/node_modules.
import { build } from "esbuild";

await build({
  entryPoints: { server: "server.ts", artifacts: "scripts/artifacts.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  plugins: [
    {
      name: "npm-packages-external",
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith("@modelgate/") ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
