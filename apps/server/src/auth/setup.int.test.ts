import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const ADMIN = {
  email: 'admin@itu.example',
  name: 'Ada Admin',
  password: 'a long enough passphrase',
};

/** A POST with the Host and Origin headers the caller chooses, as an attacker can send them. */
function postAs(
  url: string,
  host: string,
  body: unknown,
): Promise<{ status: number; body: { code?: string; detail?: string } }> {
  const target = new URL('/api/setup', url);
  return new Promise((resolve, reject) => {
    const sent = request(
      target,
      {
        method: 'POST',
        headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as never });
        });
      },
    );
    sent.on('error', reject);
    sent.end(JSON.stringify(body));
  });
}

describe('first-run setup needs the one-time code the server printed (decision 26)', () => {
  let running: TestServer;
  let code: string;
  beforeEach(async () => {
    running = await startTestServer();
    // What main.ts does at start while there is no administrator (and prints for the person).
    code = await running.accounts.setupCodes.issue();
  });
  afterEach(() => running.close());

  it('refuses a stranger who names themselves the Host and the Origin, without the code', async () => {
    const host = 'attacker.example';
    for (const body of [ADMIN, { ...ADMIN, setupCode: 'ABCD-EFGH-JKMN-PQRS' }]) {
      const refused = await postAs(running.url, host, body);
      expect(refused.status).toBe(body === ADMIN ? 400 : 403);
      expect(refused.body.code).toBe(body === ADMIN ? 'invalid_request' : 'invalid_setup_code');
    }
    expect(await running.accounts.count()).toBe(0);
  });

  it('says what to do with a wrong code, and creates nothing', async () => {
    const response = await fetch(`${running.url}/api/setup`, {
      method: 'POST',
      headers: { origin: running.url, 'content-type': 'application/json' },
      body: JSON.stringify({ ...ADMIN, setupCode: 'WRONG-CODE' }),
    });
    expect(response.status).toBe(403);
    const problem = (await response.json()) as { code: string; detail: string };
    expect(problem.code).toBe('invalid_setup_code');
    expect(problem.detail).toMatch(/printed .* when it started/);
    expect(await running.accounts.count()).toBe(0);
  });

  it('creates the administrator with the printed code, typed loosely, and the code then opens nothing', async () => {
    const typed = code.toLowerCase().replaceAll('-', ' ');
    const created = await fetch(`${running.url}/api/setup`, {
      method: 'POST',
      headers: { origin: running.url, 'content-type': 'application/json' },
      body: JSON.stringify({ ...ADMIN, setupCode: typed }),
    });
    expect(created.status).toBe(201);
    expect(await running.accounts.countAdmins()).toBe(1);
    expect(await running.accounts.setupCodes.accepts(code)).toBe(false);
    const again = await fetch(`${running.url}/api/setup`, {
      method: 'POST',
      headers: { origin: running.url, 'content-type': 'application/json' },
      body: JSON.stringify({ ...ADMIN, email: 'second@itu.example', setupCode: code }),
    });
    expect(again.status).toBe(409);
  });
});
