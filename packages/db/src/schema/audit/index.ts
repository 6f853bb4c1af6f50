export * from "./audit-events";
