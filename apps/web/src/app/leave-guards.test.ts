import { describe, expect, it } from 'vitest';

import { createLeaveGuards } from './leave-guards.js';

describe('leave guards', () => {
  it('lets the page change without a question when nothing would be lost', () => {
    const guards = createLeaveGuards();
    guards.add(() => undefined);
    const asked: string[] = [];
    expect(
      guards.mayLeave((question) => {
        asked.push(question);
        return false;
      }),
    ).toBe(true);
    expect(asked).toEqual([]);
  });

  it('asks, and stays when the person says no', () => {
    const guards = createLeaveGuards();
    guards.add(() => '3 unsaved changes would be lost.');
    expect(guards.mayLeave(() => false)).toBe(false);
    expect(guards.mayLeave(() => true)).toBe(true);
  });

  it('forgets a guard once it is removed', () => {
    const guards = createLeaveGuards();
    const remove = guards.add(() => 'Unsaved changes.');
    remove();
    expect(guards.mayLeave(() => false)).toBe(true);
  });
});
