export * from "./factories";
export * from "./test-db";
