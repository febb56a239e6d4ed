/** The few HTTP calls a drill makes: the first administrator, an API token, a meeting. */
const ADMINISTRATOR = {
  email: 'drills@rapporteur.invalid',
  name: 'Drill Sergeant',
  password: 'a long enough drill passphrase',
};

export interface DrillAccess {
  /** An API token of the administrator, who chairs the meeting. */
  readonly token: string;
  readonly meetingId: string;
}

/**
 * On a fresh server: sets up the administrator (with the one-time code the server printed, as
 * its operator reads it), a token, and one meeting to draft.
 */
export async function createDrillAccess(server: {
  readonly url: string;
  log(): string;
}): Promise<DrillAccess> {
  const { url } = server;
  const setupCode = /^ {2}setup code: ([0-9A-Z-]+)$/m.exec(server.log())?.[1];
  if (setupCode === undefined) throw new Error('The server printed no setup code.');
  // Cookie sign-in must come with the server's own Origin, as from its web page.
  const origin = { origin: url };
  const setup = await post(url, '/api/setup', {
    headers: origin,
    body: { ...ADMINISTRATOR, setupCode },
  });
  const cookie = setup.headers.get('set-cookie')?.split(';')[0];
  if (cookie === undefined) throw new Error('The first-run setup set no session cookie.');
  const created = await post(url, '/api/tokens', {
    headers: { ...origin, cookie },
    body: { name: 'drills' },
  });
  const { token } = (await created.json()) as { token: string };
  const meeting = await post(url, '/api/meetings', {
    headers: { authorization: `Bearer ${token}` },
    body: { title: 'Failure drill', symbol: 'DRILL-1', date: '2026-01-15' },
  });
  return { token, meetingId: ((await meeting.json()) as { id: string }).id };
}

/** GET with the token; the parsed body and the status. */
export async function getJson(
  url: string,
  token: string,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(5_000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a plain-text error page): keep the text.
  }
  return { status: response.status, body };
}

/** The status of GET /readyz, or 0 when the instance does not answer at all. */
export async function readiness(url: string): Promise<number> {
  try {
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3_000) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return 0;
  }
}

async function post(
  url: string,
  path: string,
  request: { readonly headers: Record<string, string>; readonly body: unknown },
): Promise<Response> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: JSON.stringify(request.body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok)
    throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return response;
}
