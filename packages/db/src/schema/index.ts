export * from "./approvals";
export * from "./audit";
export * from "./auth";
export * from "./registry";
export * from "./teams";
export * from "./tokens";
export * from "./users";
export * from "./webhooks";
