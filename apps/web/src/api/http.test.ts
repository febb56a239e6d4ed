import { afterEach, describe, expect, it, vi } from 'vitest';

import { onSessionLost, problemOf, request } from './http.js';

function answer(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('problemOf', () => {
  it("keeps the server's sentence and code", () => {
    expect(
      problemOf(401, {
        type: 'https://rapporteur.dev/problems/invalid_credentials',
        title: 'Not signed in',
        status: 401,
        code: 'invalid_credentials',
        detail: 'The email or the password is wrong.',
      }),
    ).toEqual({
      status: 401,
      code: 'invalid_credentials',
      detail: 'The email or the password is wrong.',
    });
  });

  it('still gives a sentence for an answer that is not problem JSON', () => {
    expect(problemOf(502, undefined)).toEqual({
      status: 502,
      code: 'http_502',
      detail: 'The server answered 502; try again in a moment.',
    });
    expect(problemOf(403, { title: 'Forbidden' }).detail).toBe('Forbidden.');
  });
});

describe('request', () => {
  it('reads the value of a successful answer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(answer(200, { needsSetup: false }))),
    );
    const result = await request('/api/setup', {
      parse: (body) => (body as { needsSetup: boolean }).needsSetup,
    });
    expect(result).toEqual({ ok: true, value: false });
  });

  it('sends If-Match when given and hands back the ETag of the answer', async () => {
    const sent: Headers[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((_path: string, init: RequestInit) => {
        sent.push(new Headers(init.headers));
        return Promise.resolve(
          new Response(JSON.stringify({ status: 'approved' }), {
            status: 200,
            headers: { 'content-type': 'application/json', etag: '"8"' },
          }),
        );
      }),
    );
    const result = await request('/api/meetings/m1/versions/v1/approve', {
      method: 'POST',
      ifMatch: '"7"',
      parse: (body) => body,
    });
    expect(sent[0]?.get('if-match')).toBe('"7"');
    expect(result).toEqual({ ok: true, value: { status: 'approved' }, etag: '"8"' });
    await request('/api/meetings/m1', { parse: (body) => body });
    expect(sent[1]?.has('if-match')).toBe(false);
  });

  it('shows the sentence of a 412: the meeting changed since it was read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          answer(412, {
            status: 412,
            code: 'precondition_failed',
            detail: 'The meeting changed since you read it: nothing was stored. Reload it.',
          }),
        ),
      ),
    );
    const result = await request('/api/meetings/m1/reopen', {
      method: 'POST',
      ifMatch: '"3"',
      parse: (body) => body,
    });
    expect(result).toEqual({
      ok: false,
      problem: {
        status: 412,
        code: 'precondition_failed',
        detail: 'The meeting changed since you read it: nothing was stored. Reload it.',
      },
    });
  });

  it('tells the app when the session is gone, but not when a password is wrong', async () => {
    const lost = vi.fn();
    const stop = onSessionLost(lost);
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(answer(401, { code: 'invalid_credentials', detail: 'Wrong.' }))
        .mockResolvedValueOnce(answer(401, { code: 'unauthenticated', detail: 'Sign in first.' })),
    );
    await request('/api/session', { method: 'POST', body: {}, parse: () => true });
    expect(lost).not.toHaveBeenCalled();
    const result = await request('/api/meetings', { parse: () => true });
    expect(lost).toHaveBeenCalledTimes(1);
    expect(result).toEqual({
      ok: false,
      problem: { status: 401, code: 'unauthenticated', detail: 'Sign in first.' },
    });
    stop();
  });

  it('sends a file as it is, with its own media type, instead of JSON', async () => {
    const fetch = vi.fn<(path: string, init: RequestInit) => Promise<Response>>(() =>
      Promise.resolve(answer(200, { title: 'T' })),
    );
    vi.stubGlobal('fetch', fetch);
    const file = new Blob(['# T\n']);
    await request('/api/meetings/m1/import/preview', {
      method: 'POST',
      raw: { type: 'text/markdown', data: file },
      parse: (body) => body,
    });
    const init = fetch.mock.calls[0]?.[1];
    expect(init?.body).toBe(file);
    expect(init?.headers).toMatchObject({ 'content-type': 'text/markdown' });
  });

  it('says the server cannot be reached when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const result = await request('/api/meetings', { parse: () => true });
    expect(result.ok ? undefined : result.problem.code).toBe('unreachable');
  });

  it('treats a 204 as success with no body', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(null, { status: 204 }))),
    );
    expect(await request('/api/session', { method: 'DELETE', parse: () => true })).toEqual({
      ok: true,
      value: true,
    });
  });
});
