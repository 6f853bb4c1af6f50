import type { NextConfig } from "next";

const config: NextConfig = {
  // PGlite ships WASM + data files it locates at runtime; argon2 is a native addon; the AWS SDK
  // and pino are large and load files of their own at run time.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "@aws-sdk/client-s3",
    "@aws-sdk/lib-storage",
    "@aws-sdk/s3-request-presigner",
    "pino",
    "pino-pretty",
  ],
  transpilePackages: ["@modelgate/core", "@modelgate/db"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default config;
