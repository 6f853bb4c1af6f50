export * from "./approvals";
