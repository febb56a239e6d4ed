import fc from 'fast-check';
import { oddText } from './hostile-values.js';

/** Values for each path parameter: ids of this meeting and of others, and ids of nothing. */
export type IdPools = Record<
  'meetingId' | 'versionId' | 'personId' | 'tokenId' | 'step',
  readonly string[]
>;

/** The path `template` with each `{name}` filled from `ids`, now and then with an odd id. */
export function pathWith(template: string, ids: IdPools): fc.Arbitrary<string> {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const oddId = fc.constantFrom(
    'x'.repeat(65),
    '..',
    '%2e%2e',
    '%00',
    '%C3%A9',
    'a%2Fb',
    '-',
    '_',
    '0',
    'null',
    '%F0%9F%98%80',
  );
  return fc
    .tuple(
      ...names.map((name) =>
        fc.oneof(
          { arbitrary: fc.constantFrom(...idsFor(ids, name)), weight: 5 },
          { arbitrary: oddId, weight: 1 },
        ),
      ),
    )
    .map((values) =>
      values.reduce<string>(
        (path, value, index) => path.replace(`{${names[index] ?? ''}}`, value),
        template,
      ),
    );
}

/** A query value: numbers, revision words and formats the routes know, or odd text. */
export const queryValue = fc.oneof(
  fc.constantFrom(
    '0',
    '1',
    '-1',
    '1.5',
    '1e3',
    'head',
    '99999999999999',
    '',
    'abc',
    'md',
    'html',
    'docx',
    'pdf',
    '100',
    '101',
  ),
  oddText.map((text) => text.slice(0, 300)),
);
/** A query string of up to three parameters, known names or not, '' for none. */
export const query = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('at', 'from', 'to', 'cursor', 'limit', 'format', 'after', 'ack'),
        fc.string({ maxLength: 6 }),
      ),
      queryValue,
    ),
    { maxLength: 3 },
  )
  .map((pairs) => {
    const search = new URLSearchParams();
    for (const [key, value] of pairs) search.append(key, value);
    const text = search.toString();
    return text === '' ? '' : `?${text}`;
  });

function idsFor(ids: IdPools, name: string): readonly string[] {
  const pool = (ids as Partial<Record<string, readonly string[]>>)[name];
  return pool === undefined || pool.length === 0 ? ['x'] : pool;
}
