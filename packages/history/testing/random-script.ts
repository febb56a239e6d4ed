/**
 * Random editing sessions for property tests: numbered paragraphs added, typed into, erased
 * and re-levelled by two people taking turns.
 */
import fc from 'fast-check';
import { blockTexts, type ScriptedDraft } from './scripted-draft.js';

const chair = { id: 'p-chair', name: 'Ms Chair', role: 'chair' };
const secretariat = { id: 'p-sec', name: 'Mr Secretariat', role: 'secretariat' };

export type Step =
  | { kind: 'add'; at: number; text: string; level: number }
  | { kind: 'type'; at: number; offset: number; text: string }
  | { kind: 'erase'; at: number; offset: number; length: number }
  | { kind: 'level'; at: number; level: number };

export const steps = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('add' as const),
      at: fc.nat(20),
      text: fc.string({ minLength: 1, maxLength: 8 }),
      level: fc.integer({ min: 1, max: 3 }),
    }),
    fc.record({
      kind: fc.constant('type' as const),
      at: fc.nat(20),
      offset: fc.nat(20),
      text: fc.string({ minLength: 1, maxLength: 5 }),
    }),
    fc.record({
      kind: fc.constant('level' as const),
      at: fc.nat(20),
      level: fc.integer({ min: 1, max: 4 }),
    }),
    fc.record({
      kind: fc.constant('erase' as const),
      at: fc.nat(20),
      offset: fc.nat(20),
      length: fc.integer({ min: 1, max: 4 }),
    }),
  ),
  { minLength: 1, maxLength: 25 },
);

/** Plays the steps as two people taking turns; skips a step that has nothing to act on. */
export async function play(draft: ScriptedDraft, script: readonly Step[]): Promise<void> {
  const writers = [draft.writer(chair), draft.writer(secretariat)];
  let turn = 0;
  for (const step of script) {
    const writer = writers[turn++ % writers.length];
    if (writer === undefined) continue;
    const blocks = blockTexts(draft.stored);
    if (step.kind === 'add' || blocks.length === 0) {
      await writer.addParagraph(step.at % (blocks.length + 1), {
        text: step.kind === 'add' ? step.text : 'x',
        level: step.kind === 'add' ? step.level : 1,
      });
      continue;
    }
    const block = step.at % blocks.length;
    const length = blocks[block]?.length ?? 0;
    if (step.kind === 'level') {
      await writer.setLevel(block, step.level);
    } else if (step.kind === 'type') {
      await writer.type({ block, offset: step.offset % (length + 1) }, step.text);
    } else if (length > 0) {
      const offset = step.offset % length;
      await writer.erase({ block, offset }, Math.min(step.length, length - offset));
    }
  }
}
