/**
 * Initials for avatars: from a person's own name, and long enough to tell the people of one
 * meeting apart ("VMi" and "VMu" rather than two "VM").
 */

/** Forms of address, skipped: "Mr Vincent Museminali" is VM, not MM. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'he']);

/**
 * The person's own name: demo and role accounts read "Label (Real Name)", where the label is
 * the same for many ("Demo Chair", "Demo Delegate") and only the parenthesis is theirs.
 */
function ownName(name: string): string {
  const inner = /\(([^()]*)\)\s*$/u.exec(name)?.[1];
  return inner !== undefined && /[\p{L}\p{N}]/u.test(inner) ? inner : name;
}

function wordsOf(name: string): readonly string[] {
  const words = ownName(name)
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((word) => word !== '');
  const named = words.filter((word) => !TITLES.has(word.replace(/\./gu, '').toLowerCase()));
  return named.length > 0 ? named : words;
}

/**
 * The initials with `extra` more letters of the last word (of the only word, for one-word
 * names): the first two letters capitals, the extra ones small, so "VMi" still reads as V. M.
 */
function spell(words: readonly string[], extra: number): string {
  const first = Array.from(words[0] ?? '');
  if (first.length === 0) return '?';
  if (words.length === 1) {
    const head = first[0]?.toUpperCase() ?? '';
    return (
      head +
      first
        .slice(1, 1 + extra)
        .join('')
        .toLowerCase()
    );
  }
  const last = Array.from(words[words.length - 1] ?? '');
  return (
    (first[0] ?? '').toUpperCase() +
    (last[0] ?? '').toUpperCase() +
    last
      .slice(1, 1 + extra)
      .join('')
      .toLowerCase()
  );
}

/** "Ana María Pérez" -> "AP", "Demo Chair (Prof. Vladimir Minkin)" -> "VM". */
export function initialsOf(name: string): string {
  return spell(wordsOf(name), 0);
}

/**
 * Initials for everyone in `names`, each different from the others' where their names allow:
 * people who would share initials get more letters of their last name until they differ.
 */
export function distinctInitials(names: Iterable<string>): ReadonlyMap<string, string> {
  const people = [...new Set(names)].map((name) => ({ name, words: wordsOf(name), extra: 0 }));
  for (;;) {
    const byInitials = new Map<string, typeof people>();
    for (const person of people) {
      const initials = spell(person.words, person.extra);
      byInitials.set(initials, [...(byInitials.get(initials) ?? []), person]);
    }
    let lengthened = false;
    for (const clash of byInitials.values()) {
      if (clash.length < 2) continue;
      for (const person of clash) {
        // A name with no letters left to add stays as it is; the others move on past it.
        if (spell(person.words, person.extra + 1) === spell(person.words, person.extra)) continue;
        person.extra += 1;
        lengthened = true;
      }
    }
    if (!lengthened) break;
  }
  return new Map(people.map((person) => [person.name, spell(person.words, person.extra)]));
}
