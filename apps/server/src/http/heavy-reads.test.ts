import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { boundHeavyReads } from './heavy-reads.js';

/** A route whose answers wait until the test lets them go. */
function appWithHeldReads(limit: number) {
  const waiting: (() => void)[] = [];
  const app = new Hono();
  app.onError((_, c) => c.text('failed', 500));
  app.use('/heavy/*', boundHeavyReads({ limit }));
  app.get('/heavy/fail', () => {
    throw new Error('the renderer failed');
  });
  app.get('/heavy/:id', async (c) => {
    await new Promise<void>((resolve) => waiting.push(resolve));
    return c.json({ id: c.req.param('id') });
  });
  app.get('/light', (c) => c.json({ ok: true }));
  const until = async (count: number) => {
    while (waiting.length < count) await new Promise((resolve) => setTimeout(resolve, 1));
  };
  return { app, waiting, until };
}

describe('bounding concurrent heavy reads', () => {
  it('answers 503 busy with Retry-After beyond the limit, and serves the next once one ends', async () => {
    const { app, waiting, until } = appWithHeldReads(2);
    const first = app.request('/heavy/1');
    const second = app.request('/heavy/2');
    await until(2);
    const refused = await app.request('/heavy/3');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toMatchObject({ code: 'busy' });
    expect((await app.request('/light')).status).toBe(200);

    waiting.shift()?.();
    expect((await first).status).toBe(200);
    const third = app.request('/heavy/3');
    await until(2);
    for (const release of waiting.splice(0)) release();
    expect((await second).status).toBe(200);
    expect((await third).status).toBe(200);
  });

  it('gives the place back when a read fails', async () => {
    const { app, waiting, until } = appWithHeldReads(1);
    expect((await app.request('/heavy/fail')).status).toBe(500);
    const next = app.request('/heavy/1');
    await until(1);
    waiting.shift()?.();
    expect((await next).status).toBe(200);
  });
});
