/**
 * The few calls of our HTTP API the bench needs: the first administrator, an API token, and
 * meetings. Clients then open `/collab/<meetingId>?token=<token>` as the chair of every meeting.
 */
/** The first administrator the bench sets up; the review bench signs in with it in Chromium. */
export const BENCH_ACCOUNT = {
  email: 'bench@rapporteur.invalid',
  name: 'Benchmark',
  password: 'bench-password-1234',
};
const PARALLEL_REQUESTS = 8;

export interface BenchAccess {
  readonly token: string;
  /** Meeting id by draft name. */
  readonly meetings: ReadonlyMap<string, string>;
}

/**
 * On a fresh server: sets up the first administrator (with the one-time code the server printed
 * as it started, read off its output), who schedules one meeting per draft.
 */
export async function createBenchAccess(
  server: { readonly port: number; recentOutput(): string },
  drafts: readonly string[],
): Promise<BenchAccess> {
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const setupCode = /^ {2}setup code: ([0-9A-Z-]+)$/m.exec(server.recentOutput())?.[1];
  if (setupCode === undefined) throw new Error('The server printed no setup code.');
  // Signing in by cookie must come with the server's own Origin, as from its web page.
  const origin = { origin: baseUrl };
  const setup = await call(baseUrl, '/api/setup', {
    headers: origin,
    body: { ...BENCH_ACCOUNT, setupCode },
  });
  const cookie = setup.headers.get('set-cookie')?.split(';')[0];
  if (cookie === undefined) throw new Error('The first-run setup set no session cookie.');
  const created = await call(baseUrl, '/api/tokens', {
    headers: { ...origin, cookie },
    body: { name: 'benchmark' },
  });
  const { token } = (await created.json()) as { token: string };
  const meetings = new Map<string, string>();
  const queue = [...drafts];
  const worker = async (): Promise<void> => {
    for (let draft = queue.shift(); draft !== undefined; draft = queue.shift()) {
      const response = await call(baseUrl, '/api/meetings', {
        headers: { authorization: `Bearer ${token}` },
        body: { title: `Benchmark ${draft}`, symbol: `BENCH-${draft}`, date: '2026-01-15' },
      });
      meetings.set(draft, ((await response.json()) as { id: string }).id);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_REQUESTS }, worker));
  return { token, meetings };
}

/** The demo meeting ours seeds on its first start (apps/server/src/demo/seed-demo-meeting.ts). */
export const DEMO_MEETING_ID = 'demo';

/**
 * An API token of the demo meeting's chair, on a server that has just created the demo meeting:
 * signs in with the password it printed this once (`  chair  chair@demo.rapporteur  <password>`).
 */
export async function demoChairToken(server: {
  readonly port: number;
  recentOutput(): string;
}): Promise<string> {
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const line = /^ {2}chair +(\S+@demo\.rapporteur) +(\S+)$/m.exec(server.recentOutput());
  const [, email, password] = line ?? [];
  if (email === undefined || password === undefined)
    throw new Error('The server printed no password for the demo chair (is DEMO_MEETING off?).');
  const origin = { origin: baseUrl };
  const session = await call(baseUrl, '/api/session', {
    headers: origin,
    body: { email, password },
  });
  const cookie = session.headers.get('set-cookie')?.split(';')[0];
  if (cookie === undefined) throw new Error('Signing in as the demo chair set no session cookie.');
  const created = await call(baseUrl, '/api/tokens', {
    headers: { ...origin, cookie },
    body: { name: 'benchmark' },
  });
  return ((await created.json()) as { token: string }).token;
}

async function call(
  baseUrl: string,
  path: string,
  request: { readonly headers: Record<string, string>; readonly body: unknown },
): Promise<Response> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: JSON.stringify(request.body),
  });
  if (!response.ok)
    throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return response;
}
