import { rapporteurSchema } from '@rapporteur/editor-schema';
import { describe, expect, it } from 'vitest';
import { registerKey, symbolDecorations, type RegisteredSymbol } from './symbol-decorations.js';

const schema = rapporteurSchema();
const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The agenda (' },
        { type: 'text', text: 'S19-CWGWSIS34-C-0001 Rev.4', marks: [{ type: 'bold' }] },
        { type: 'text', text: ') and S19-CWGWSIS34-C-0020 were noted.' },
      ],
    },
  ],
});
const agenda: RegisteredSymbol = {
  symbol: 'S19-CWGWSIS34-C-0001',
  revision: 4,
  title: 'Draft agenda',
  source: 'Chairman',
};

describe('symbols in the draft', () => {
  it('are shown with their card when registered and flagged when not, over the exact text', () => {
    const register = new Map([[registerKey(agenda.symbol, agenda.revision), agenda]]);
    const found = symbolDecorations(doc, register).find();
    const spans = found.map((d) => ({
      text: doc.textBetween(d.from, d.to),
      attrs: (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs,
    }));
    expect(spans.map((s) => [s.text, s.attrs['class']])).toEqual([
      ['S19-CWGWSIS34-C-0001 Rev.4', 'symbol-ref symbol-ref--registered'],
      ['S19-CWGWSIS34-C-0020', 'symbol-ref symbol-ref--unregistered'],
    ]);
    expect(spans[0]?.attrs['data-card']).toBe('Draft agenda — Chairman');
  });

  it('flag another revision than the one registered', () => {
    const register = new Map([[registerKey(agenda.symbol, 3), { ...agenda, revision: 3 }]]);
    const classes = symbolDecorations(doc, register)
      .find()
      .map(
        (d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['class'],
      );
    expect(classes.every((c) => c?.includes('unregistered'))).toBe(true);
  });
});
