import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  allErrorCodes,
  DomainError,
  errorCodes,
  isDomainError,
  RateLimitedError,
  ValidationError,
} from "../src";
import { parseInput } from "../src/validation";

describe("domain errors", () => {
  it("carry a stable code and its HTTP status", () => {
    const e = new DomainError("not_found", "No such model");
    expect(e.code).toBe("not_found");
    expect(e.httpStatus).toBe(404);
    expect(isDomainError(e)).toBe(true);
    expect(isDomainError(new Error("x"))).toBe(false);
    expect(new RateLimitedError("slow down", 12).details).toEqual({ retryAfterSeconds: 12 });
  });

  it("every code maps to a 4xx or 5xx status", () => {
    for (const status of Object.values(errorCodes)) expect(status).toBeGreaterThanOrEqual(400);
  });

  it("lists every code once, for the OpenAPI document", () => {
    expect(allErrorCodes).toEqual(Object.keys(errorCodes));
    expect(new Set(allErrorCodes).size).toBe(allErrorCodes.length);
    expect(new DomainError("duplicate_request", "x").httpStatus).toBe(409);
  });

  it("parseInput reports every invalid field", () => {
    const schema = z.object({ name: z.string().min(1), age: z.number().int() });
    try {
      parseInput(schema, { name: "", age: 1.5 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const fields = (e as ValidationError).details?.fields as Record<string, string[]>;
      expect(Object.keys(fields).sort()).toEqual(["age", "name"]);
      expect((e as ValidationError).message).toMatch(/^Invalid input — name:/);
    }
    expect(parseInput(schema, { name: "a", age: 2 })).toEqual({ name: "a", age: 2 });
  });
});
