import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webAppRoutes } from './web-app.routes.js';

describe('the built web app', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'rapporteur-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Rapporteur</title>');
    writeFileSync(
      join(dist, 'assets', 'app.js'),
      'console.log(1);\n//# sourceMappingURL=app.js.map',
    );
    writeFileSync(join(dist, 'assets', 'app.js.map'), '{"version":3,"sources":["src/app.tsx"]}');
  });
  afterAll(() => {
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves its scripts', async () => {
    const response = await webAppRoutes(dist).request('/assets/app.js');
    expect(response.status).toBe(200);
  });

  it('never serves source maps, even when a build left some in the folder', async () => {
    const response = await webAppRoutes(dist).request('/assets/app.js.map');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('sources');
  });
});
