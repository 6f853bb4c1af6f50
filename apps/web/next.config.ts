import type { NextConfig } from "next";

const config: NextConfig = {
  // PGlite ships WASM + data files it locates at runtime; argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  transpilePackages: ["@modelgate/core", "@modelgate/db"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default config;
