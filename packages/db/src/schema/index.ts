export * from "./audit";
export * from "./auth";
export * from "./teams";
export * from "./tokens";
export * from "./users";
