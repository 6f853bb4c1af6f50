export * from "./api-tokens";
