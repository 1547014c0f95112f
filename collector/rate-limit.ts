/**
 * A token bucket per client address: `perMinute` requests, refilled continuously, with a burst of the
 * same size. Returns how many seconds to wait when a request is over the limit, or 0 to let it through.
 */
export function rateLimiter(perMinute: number, now: () => number = Date.now) {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = now();

  return (address: string): number => {
    const time = now();
    // Full buckets hold nothing worth keeping; dropping them bounds memory however many addresses call.
    if (time - lastSweep > 60_000) {
      for (const [key, bucket] of buckets)
        if (bucket.tokens + (time - bucket.at) * perMs >= perMinute) buckets.delete(key);
      lastSweep = time;
    }
    const bucket = buckets.get(address) ?? { tokens: perMinute, at: time };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * perMs);
    bucket.at = time;
    buckets.set(address, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  };
}
