export * from "./idempotency";
export * from "./metric-definitions";
export * from "./models";
export * from "./versions";
