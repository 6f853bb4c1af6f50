/**
 * The artifact stores on their own (`@modelgate/core/artifact-stores`): no database, so operator
 * tools (`pnpm artifacts`) can be bundled without the rest of core.
 */
export * from "./registry/artifact-store";
export * from "./registry/artifact-store-config";
export * from "./registry/copy-artifact-store";
export * from "./registry/s3-artifact-store";
