import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('/metrics', () => {
  let running: TestServer | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('is served on the metrics port, and not on the public port', async () => {
    running = await startTestServer({ metricsPort: 0 });
    const metricsUrl = running.server.metricsUrl;
    expect(metricsUrl).toBeDefined();
    expect(new URL(metricsUrl ?? '').port).not.toBe(new URL(running.url).port);
    const scraped = await fetch(`${metricsUrl ?? ''}/metrics`);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('rapporteur_');
    const publicAnswer = await fetch(`${running.url}/metrics`);
    expect(publicAnswer.status).toBe(404);
    expect(await publicAnswer.text()).not.toContain('rapporteur_');
  });

  it('is served nowhere when no metrics port is set', async () => {
    running = await startTestServer();
    expect(running.server.metricsUrl).toBeUndefined();
    expect((await fetch(`${running.url}/metrics`)).status).toBe(404);
  });

  it('serves nothing else on the metrics port', async () => {
    running = await startTestServer({ metricsPort: 0 });
    expect((await fetch(`${running.server.metricsUrl ?? ''}/api/meetings`)).status).toBe(404);
  });
});
