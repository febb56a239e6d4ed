const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** Escaped text with its line breaks (hard breaks, list items, table cells) shown as <br>. */
export function escapeLines(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}
