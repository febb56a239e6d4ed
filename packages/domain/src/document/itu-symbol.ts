/**
 * The ITU document symbol grammar, as the secretariats' document store (MD) writes it:
 * `<sector><yy>-<group>-<type>-<nnnn>` then any of ` Rev.n`, ` Corr.n`, ` Add.n`:
 * 'S19-CWGWSIS34-C-0001 Rev.4' is the General Secretariat's (S) 2019 Council Working Group
 * on WSIS&SDG, 34th meeting, contribution (C) number 1, fourth revision. The Council's own
 * short form 'C19/12-E' (Council 2019, document 12, English; 'C19/45(Rev.1)-E') is read too.
 */
export type ItuSymbol = {
  /** 'md' for S19-CWGWSIS34-C-0001, 'council' for C19/12-E. */
  readonly form: 'md' | 'council';
  /** 'S19-CWGWSIS34-C-0001' or 'C19/12': the symbol without suffixes, as the register keeps it. */
  readonly base: string;
  /** 'S' (General Secretariat), 'T', 'R', 'D' for the Sectors; 'C' for the Council's short form. */
  readonly sector: string;
  /** Two digits: '19'. */
  readonly year: string;
  /** 'CWGWSIS34', 'SG16'; empty in the short form. */
  readonly group: string;
  /** 'C' (contribution), 'INF' (information document), 'TD', 'DT', 'ADM'...; empty in the short form. */
  readonly type: string;
  /** '0001', '12'. */
  readonly number: string;
  /** 0 for the original, else n of Rev.n. */
  readonly revision: number;
  /** n of Corr.n, 0 if none. */
  readonly corrigendum: number;
  /** n of Add.n, 0 if none. */
  readonly addendum: number;
  /** The language letter of the short form ('E'), empty when not given. */
  readonly language: string;
};

// ' Rev.4' or '(Rev.1)': a parenthesis is part of the suffix only when it is closed.
const SUFFIX = String.raw`(?:[ \u00a0]?(?:Rev|Corr|Add)\.[ \u00a0]?\d{1,3}|\((?:Rev|Corr|Add)\.[ \u00a0]?\d{1,3}\))`;
const MD = String.raw`([STRD])(\d{2})-([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*?)-([A-Z]{1,4})-(\d{3,4})`;
const COUNCIL = String.raw`(C)(\d{2})\/(\d{1,4})`;
// A symbol stands alone: no letter, digit or hyphen glued before or after it.
const BEFORE = String.raw`(?<![A-Za-z0-9\-/])`;
const AFTER = String.raw`(?![A-Za-z0-9])`;
const ANY = new RegExp(
  `${BEFORE}(?:${MD}|${COUNCIL})((?:${SUFFIX})*)(?:-([EFSACR]))?${AFTER}`,
  'g',
);
const SUFFIX_PARTS = /(Rev|Corr|Add)\.[ \u00a0]?(\d{1,3})/g;

/** A symbol found in text: where it starts and ends (UTF-16 offsets) and what it says. */
export type FoundSymbol = {
  readonly from: number;
  readonly to: number;
  readonly symbol: ItuSymbol;
};

/** Every ITU symbol in a text, in order. */
export function findSymbols(text: string): readonly FoundSymbol[] {
  const found: FoundSymbol[] = [];
  for (const match of text.matchAll(ANY)) {
    const symbol = fromMatch(match);
    found.push({ from: match.index, to: match.index + match[0].length, symbol });
  }
  return found;
}

/** The symbol a whole string spells ('S19-CWGWSIS34-C-0001 Rev.4'), or undefined. */
export function parseSymbol(text: string): ItuSymbol | undefined {
  const trimmed = text.trim();
  const [first] = findSymbols(trimmed);
  return first !== undefined && first.from === 0 && first.to === trimmed.length
    ? first.symbol
    : undefined;
}

/** The canonical spelling: 'S19-CWGWSIS34-C-0001 Rev.4', 'C19/45(Rev.1)-E'. */
export function formatSymbol(symbol: ItuSymbol): string {
  const parts: [string, number][] = [
    ['Rev', symbol.revision],
    ['Corr', symbol.corrigendum],
    ['Add', symbol.addendum],
  ];
  const given = parts.filter(([, n]) => n > 0);
  if (symbol.form === 'council') {
    const suffixes = given.map(([kind, n]) => `(${kind}.${n})`).join('');
    return `${symbol.base}${suffixes}${symbol.language === '' ? '' : `-${symbol.language}`}`;
  }
  return [symbol.base, ...given.map(([kind, n]) => `${kind}.${n}`)].join(' ');
}

function fromMatch(match: RegExpMatchArray): ItuSymbol {
  const [, mdSector, mdYear, group, type, mdNumber, cSector, cYear, cNumber] = match;
  const suffixes = { Rev: 0, Corr: 0, Add: 0 };
  for (const [, kind, n] of (match[9] ?? '').matchAll(SUFFIX_PARTS))
    suffixes[kind as keyof typeof suffixes] = Number(n);
  const common = {
    revision: suffixes.Rev,
    corrigendum: suffixes.Corr,
    addendum: suffixes.Add,
    language: match[10] ?? '',
  };
  if (mdSector !== undefined) {
    const [sector, year, number] = [mdSector, mdYear ?? '', mdNumber ?? ''];
    const base = `${sector}${year}-${group ?? ''}-${type ?? ''}-${number}`;
    return {
      form: 'md',
      base,
      sector,
      year,
      group: group ?? '',
      type: type ?? '',
      number,
      ...common,
    };
  }
  const [sector, year, number] = [cSector ?? 'C', cYear ?? '', cNumber ?? ''];
  return {
    form: 'council',
    base: `${sector}${year}/${number}`,
    sector,
    year,
    group: '',
    type: '',
    number,
    ...common,
  };
}
