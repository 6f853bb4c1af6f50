export * from "./idempotency";
export * from "./models";
export * from "./versions";
