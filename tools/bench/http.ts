/** What the benchmarks that measure the built API over HTTP share: signing in, calling, timing. */
import { TEST_PASSWORD } from '@cadre/api/testing';

export async function login(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login as ${email}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function call<T>(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Runs `request` once to warm the plan cache, then `runs` times; answers p50, p95 and max
 * in milliseconds (as printed, one decimal) and the last answer.
 */
export async function timed<T>(
  runs: number,
  request: () => Promise<T>,
): Promise<{ p50: string; p95: string; max: string; last: T }> {
  let last = await request();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    last = await request();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
  return { p50: at(0.5), p95: at(0.95), max: (times[times.length - 1] ?? 0).toFixed(1), last };
}
