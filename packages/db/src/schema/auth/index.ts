export * from "./login-attempts";
