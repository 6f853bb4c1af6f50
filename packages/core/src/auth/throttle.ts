/**
 * Login throttling, pure: given the recent failed attempts of one key (an account or an IP),
 * how long must the next attempt wait? Exponential backoff after a threshold, capped.
 */
export interface ThrottlePolicy {
  /** Failures tolerated before any wait applies. */
  threshold: number;
  /** Wait after the threshold-th failure; doubles with each further failure. */
  baseSeconds: number;
  maxSeconds: number;
  /** Failures older than this are forgotten. */
  windowSeconds: number;
}

export const accountThrottle: ThrottlePolicy = {
  threshold: 5,
  baseSeconds: 30,
  maxSeconds: 900,
  windowSeconds: 900,
};
export const ipThrottle: ThrottlePolicy = {
  threshold: 30,
  baseSeconds: 60,
  maxSeconds: 900,
  windowSeconds: 900,
};

/** Seconds to wait before the next attempt (0 = allowed). `failures` are times of failures in the window. */
export function throttleWaitSeconds(failures: readonly Date[], now: Date, policy: ThrottlePolicy): number {
  const windowStart = now.getTime() - policy.windowSeconds * 1000;
  const recent = failures.map((d) => d.getTime()).filter((t) => t > windowStart && t <= now.getTime());
  if (recent.length < policy.threshold) return 0;
  const last = Math.max(...recent);
  const wait = Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** (recent.length - policy.threshold));
  const remainingMs = last + wait * 1000 - now.getTime();
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
}
