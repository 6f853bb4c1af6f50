import { describe, expect, it } from "vitest";
import { type ThrottlePolicy, throttleWaitSeconds } from "../src";

const policy: ThrottlePolicy = { threshold: 3, baseSeconds: 10, maxSeconds: 60, windowSeconds: 300 };
const now = new Date("2026-01-01T12:00:00Z");
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe("throttleWaitSeconds", () => {
  it("allows attempts below the threshold", () => {
    expect(throttleWaitSeconds([], now, policy)).toBe(0);
    expect(throttleWaitSeconds([ago(2), ago(1)], now, policy)).toBe(0);
  });

  it("waits baseSeconds after the threshold-th failure, counted from the last failure", () => {
    expect(throttleWaitSeconds([ago(3), ago(2), ago(1)], now, policy)).toBe(9);
    expect(throttleWaitSeconds([ago(3), ago(2), ago(0)], now, policy)).toBe(10);
  });

  it("doubles with each further failure and caps at maxSeconds", () => {
    expect(throttleWaitSeconds([ago(4), ago(3), ago(2), ago(0)], now, policy)).toBe(20);
    const many = Array.from({ length: 10 }, () => ago(0));
    expect(throttleWaitSeconds(many, now, policy)).toBe(60);
  });

  it("is over once the wait has passed", () => {
    expect(throttleWaitSeconds([ago(30), ago(25), ago(20)], now, policy)).toBe(0);
  });

  it("forgets failures outside the window and ignores future timestamps", () => {
    expect(throttleWaitSeconds([ago(400), ago(350), ago(1)], now, policy)).toBe(0);
    const future = new Date(now.getTime() + 5000);
    expect(throttleWaitSeconds([ago(2), ago(1), future], now, policy)).toBe(0);
  });
});
