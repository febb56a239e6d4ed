import { INLINE_MARKDOWN_SCRIPT } from './api-docs-markdown.js';

/**
 * /api/docs: a readable page over /api/openapi.json, rendered in the browser by a few lines of
 * script, so that it needs nothing from other sites (the security policy allows none).
 */
export function apiDocsPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Rapporteur API</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:860px;margin:40px auto;padding:0 20px;color:#1d2433}
h1{font-size:24px}code{background:#f1f3f7;padding:1px 5px;border-radius:4px}
.op{border:1px solid #e2e6ee;border-radius:8px;padding:10px 14px;margin:10px 0}
.m{display:inline-block;min-width:64px;font-weight:600;text-transform:uppercase}
.summary{font-weight:600;margin-top:4px}.responses{color:#4a5468;margin-top:4px}
</style></head>
<body><h1>Rapporteur API</h1>
<p>The machine-readable document is <a href="/api/openapi.json"><code>/api/openapi.json</code></a>.
Errors are RFC 9457 problem JSON with a stable <code>code</code>. Scripts authenticate with
<code>Authorization: Bearer &lt;token&gt;</code>.</p>
<div id="ops">Loading…</div>
<script type="module" src="/api/docs.js"></script>
</body></html>`;
}

/**
 * The script of the docs page (served from our own origin, as the security policy requires):
 * each operation's method, path, summary, description and answers, their Markdown rendered.
 */
export const API_DOCS_SCRIPT = `${INLINE_MARKDOWN_SCRIPT}
const spec = await (await fetch('/api/openapi.json')).json();
const ops = document.getElementById('ops');
ops.textContent = '';
const paragraph = (className, text) => {
  const div = document.createElement('div');
  div.className = className;
  div.append(...markdown(text));
  return div;
};
for (const [path, methods] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(methods)) {
    const div = document.createElement('div');
    div.className = 'op';
    const m = document.createElement('span'); m.className = 'm'; m.textContent = method;
    const p = document.createElement('code'); p.textContent = path;
    div.append(m, p);
    if (op.summary) div.append(paragraph('summary', op.summary));
    if (op.description) div.append(paragraph('description', op.description));
    const answers = Object.entries(op.responses ?? {}).map(([s, r]) => s + ': ' + r.description);
    div.append(paragraph('responses', answers.join(' · ')));
    ops.append(div);
  }
}`;
