// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_DOCS_SCRIPT, apiDocsPage } from './api-docs-page.js';

const spec = {
  paths: {
    '/api/meetings': {
      get: {
        responses: {
          200: { description: 'The meetings' },
          default: { description: 'A problem: `code` is stable, `detail` says what to do.' },
        },
      },
    },
    '/api/meetings/{meetingId}/freeze': {
      post: {
        summary: 'Freezes the draft at an **approved** version',
        description:
          'Needs `If-Match`; see [the versions](/api/meetings/{meetingId}/versions). ' +
          '<img src=x onerror=alert(1)> & [no script](javascript:alert%281%29)',
        responses: { 204: { description: 'Frozen' } },
      },
    },
  },
};

/** Runs the page's script as the browser would, over the page's own markup. */
async function renderDocs(): Promise<HTMLElement> {
  // The page's own <script> tag is what this runs; happy-dom would try to load it.
  const body = /<body>([\s\S]*)<\/body>/.exec(apiDocsPage())?.[1] ?? '';
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/, '');
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(spec))));
  // The script is a module with top-level await: run it as the body of an async function.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- our own script, as the page runs it
  const run = new Function(
    `return (async () => {\n${API_DOCS_SCRIPT}\n})();`,
  ) as () => Promise<void>;
  await run();
  const ops = document.getElementById('ops');
  if (ops === null) throw new Error('The page has no #ops.');
  return ops;
}

describe('the API documentation page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows each path as the document gives it, the /api prefix included once', async () => {
    const ops = await renderDocs();
    expect([...ops.querySelectorAll('.op > code')].map((code) => code.textContent)).toEqual([
      '/api/meetings',
      '/api/meetings/{meetingId}/freeze',
    ]);
  });

  it('shows code in descriptions as code, not as literal backticks', async () => {
    const ops = await renderDocs();
    expect(ops.textContent).not.toContain('`');
    expect([...ops.querySelectorAll('.op div code')].map((code) => code.textContent)).toEqual([
      'code',
      'detail',
      'If-Match',
    ]);
  });

  it('renders bold and links in summaries and descriptions, and shows everything else as text', async () => {
    const ops = await renderDocs();
    const freeze = ops.querySelectorAll('.op')[1];
    expect(freeze?.querySelector('.summary strong')?.textContent).toBe('approved');
    expect(freeze?.querySelector('.summary')?.textContent).not.toContain('*');
    const links = [...(freeze?.querySelectorAll('a') ?? [])];
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['the versions', '/api/meetings/{meetingId}/versions'],
    ]);
    // Markup in a description is text, and an unsafe link stays as written.
    expect(freeze?.querySelector('img')).toBeNull();
    expect(freeze?.querySelector('.description')?.textContent).toContain(
      '<img src=x onerror=alert(1)> & [no script](javascript:alert%281%29)',
    );
  });
});
