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
</style></head>
<body><h1>Rapporteur API</h1>
<p>The machine-readable document is <a href="/api/openapi.json"><code>/api/openapi.json</code></a>.
Errors are RFC 9457 problem JSON with a stable <code>code</code>. Scripts authenticate with
<code>Authorization: Bearer &lt;token&gt;</code>.</p>
<div id="ops">Loading…</div>
<script type="module" src="/api/docs.js"></script>
</body></html>`;
}

/** The script of the docs page (served from our own origin, as the security policy requires). */
export const API_DOCS_SCRIPT = `
const spec = await (await fetch('/api/openapi.json')).json();
const ops = document.getElementById('ops');
ops.textContent = '';
// Descriptions mark code with backticks, as Markdown does: show those parts as code.
const withCode = (text) => text.split('\`').map((part, index) => {
  if (index % 2 === 0) return document.createTextNode(part);
  const code = document.createElement('code'); code.textContent = part; return code;
});
for (const [path, methods] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(methods)) {
    const div = document.createElement('div');
    div.className = 'op';
    const m = document.createElement('span'); m.className = 'm'; m.textContent = method;
    const p = document.createElement('code'); p.textContent = path;
    const d = document.createElement('div');
    d.append(...withCode(Object.entries(op.responses).map(([s, r]) => s + ': ' + r.description).join(' · ')));
    div.append(m, p, d);
    ops.append(div);
  }
}`;
