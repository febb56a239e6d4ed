/**
 * The docs page's Markdown, as browser script: the little that OpenAPI descriptions use here,
 * `code`, **bold** and [links](/api/...). It builds DOM nodes with `textContent` only, so every
 * other character, `<` and `&` included, shows as written; a link goes only to http(s) or a path
 * of this site (a `javascript:` address stays text).
 */
export const INLINE_MARKDOWN_SCRIPT = `
const MARKDOWN = /\`([^\`]+)\`|\\*\\*([^*]+)\\*\\*|\\[([^\\]]+)\\]\\(([^()\\s]+)\\)/g;
const SAFE_HREF = /^(https?:\\/\\/|\\/(?!\\/))/i;
const element = (tag, text) => {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
};
const markdown = (text) => {
  const nodes = [];
  let at = 0;
  for (const match of text.matchAll(MARKDOWN)) {
    nodes.push(document.createTextNode(text.slice(at, match.index)));
    const [whole, code, bold, label, href] = match;
    if (code !== undefined) nodes.push(element('code', code));
    else if (bold !== undefined) nodes.push(element('strong', bold));
    else if (SAFE_HREF.test(href)) {
      const link = element('a', label);
      link.href = href;
      nodes.push(link);
    } else nodes.push(document.createTextNode(whole));
    at = match.index + whole.length;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
};
`;
