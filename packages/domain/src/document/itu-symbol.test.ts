import { describe, expect, it } from 'vitest';
import { findSymbols, formatSymbol, parseSymbol } from './itu-symbol.js';

// Every contribution symbol of fixtures/cwg-wsis-sdg-34-summary.txt, as the text writes it
// (the domain reads no files: the server's import test runs the grammar on the file itself).
const FIXTURE_SYMBOLS = [
  'S19-CWGWSIS34-C-0001 Rev.4',
  'S19-CWGWSIS34-C-0002 Rev.1',
  'S19-CWGWSIS34-C-0003',
  'S19-CWGWSIS34-C-0004',
  'S19-CWGWSIS34-C-0005',
  'S19-CWGWSIS34-C-0006 Rev.1',
  'S19-CWGWSIS34-C-0007 Rev.1',
  'S19-CWGWSIS34-C-0008',
  'S19-CWGWSIS34-C-0009',
  'S19-CWGWSIS34-C-0010',
  'S19-CWGWSIS34-C-0011',
  'S19-CWGWSIS34-C-0012',
  'S19-CWGWSIS34-C-0013',
  'S19-CWGWSIS34-C-0014 Rev.1',
  'S19-CWGWSIS34-C-0016',
  'S19-CWGWSIS34-C-0017',
  'S19-CWGWSIS34-C-0018',
  'S19-CWGWSIS34-C-0019',
  'S19-CWGWSIS34-INF-0001',
];

describe('the ITU symbol grammar', () => {
  it.each(FIXTURE_SYMBOLS)('reads and writes back %s', (text) => {
    const symbol = parseSymbol(text);
    expect(symbol).toBeDefined();
    expect(symbol && formatSymbol(symbol)).toBe(text);
    expect(symbol?.base).toBe(text.replace(/ Rev\.\d+$/, ''));
  });

  it('splits a symbol into sector, year, group, type, number and revision', () => {
    expect(parseSymbol('S19-CWGWSIS34-C-0001 Rev.4')).toEqual({
      form: 'md',
      base: 'S19-CWGWSIS34-C-0001',
      sector: 'S',
      year: '19',
      group: 'CWGWSIS34',
      type: 'C',
      number: '0001',
      revision: 4,
      corrigendum: 0,
      addendum: 0,
      language: '',
    });
    expect(parseSymbol('S19-CWGWSIS34-INF-0001')).toMatchObject({ type: 'INF', number: '0001' });
    expect(parseSymbol('T17-SG16-TD-0123')).toMatchObject({ sector: 'T', group: 'SG16' });
  });

  it('reads corrigenda and addenda, and writes them in canonical order', () => {
    const symbol = parseSymbol('S19-CWGWSIS34-C-0002 Add.1 Rev.2');
    expect(symbol).toMatchObject({ revision: 2, addendum: 1, corrigendum: 0 });
    expect(symbol && formatSymbol(symbol)).toBe('S19-CWGWSIS34-C-0002 Rev.2 Add.1');
    expect(parseSymbol('S19-CWGWSIS34-C-0002(Corr.1)')).toMatchObject({ corrigendum: 1 });
  });

  it("reads the Council's short form with its language letter", () => {
    const symbol = parseSymbol('C19/45(Rev.1)-E');
    expect(symbol).toMatchObject({ form: 'council', base: 'C19/45', revision: 1, language: 'E' });
    expect(symbol && formatSymbol(symbol)).toBe('C19/45(Rev.1)-E');
    expect(parseSymbol('C19/12-E')).toMatchObject({ base: 'C19/12', revision: 0 });
  });

  it('finds symbols where the fixture writes them, with their offsets', () => {
    const line =
      '6.2. ITU Roadmaps for WSIS Action Lines C2, C5, C6 – Update for 2019 (S19-CWGWSIS34-C-0003): The 2019 Roadmaps';
    const found = findSymbols(line);
    expect(found).toHaveLength(1);
    const [first] = found;
    expect(first && line.slice(first.from, first.to)).toBe('S19-CWGWSIS34-C-0003');
    const text = 'The agenda (S19-CWGWSIS34-C-0001 Rev.4) reflecting';
    const agenda = findSymbols(text);
    expect(agenda.map((f) => formatSymbol(f.symbol))).toEqual(['S19-CWGWSIS34-C-0001 Rev.4']);
    expect(agenda.map((f) => text.slice(f.from, f.to))).toEqual(['S19-CWGWSIS34-C-0001 Rev.4']);
    expect(findSymbols('documents: S19-CWGWSIS34-C-0018 and S19-CWGWSIS34-C-0019.')).toHaveLength(
      2,
    );
  });

  it('finds nothing in text that only looks like a symbol', () => {
    for (const text of [
      'CWG-WSIS&SDG-34',
      'WSIS Action Lines C2, C5, C6',
      'XS19-CWGWSIS34-C-0001',
      'S19-CWGWSIS34-C-00011',
      'S19-CWGWSIS34-C-0001a',
      's19-cwgwsis34-c-0001',
      '30 March to 3 April 2020',
    ])
      expect(findSymbols(text)).toEqual([]);
  });

  it('refuses a string with more than one symbol or anything else around it', () => {
    expect(parseSymbol('S19-CWGWSIS34-C-0001 S19-CWGWSIS34-C-0002')).toBeUndefined();
    expect(parseSymbol('see S19-CWGWSIS34-C-0001')).toBeUndefined();
    expect(parseSymbol('  S19-CWGWSIS34-C-0001 ')).toBeDefined();
  });
});
