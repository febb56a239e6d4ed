import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.js';

describe('GroupCommit', () => {
  it('commits a burst in one call and the next burst in another', async () => {
    const batches: number[][] = [];
    const commits = new GroupCommit<number>(async (items) => {
      batches.push([...items]);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }, 2);
    await Promise.all([1, 2, 3].map((item) => commits.add(item)));
    await Promise.all([4, 5].map((item) => commits.add(item)));
    expect(batches).toEqual([[1, 2, 3], [4, 5]]);
  });

  it('gathers what arrives while a commit runs into the next one', async () => {
    const batches: number[][] = [];
    const commits = new GroupCommit<number>(async (items) => {
      batches.push([...items]);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }, 1);
    const first = commits.add(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const rest = [2, 3, 4].map((item) => commits.add(item));
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('rejects every item of a failed commit', async () => {
    const commits = new GroupCommit<number>(() => Promise.reject(new Error('disk full')), 1);
    const results = await Promise.allSettled([commits.add(1), commits.add(2)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });

  it('drains: resolves once everything added is committed', async () => {
    const committed: number[] = [];
    const commits = new GroupCommit<number>(async (items) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      committed.push(...items);
    }, 2);
    void commits.add(1);
    void commits.add(2);
    await commits.drain();
    expect(committed).toEqual([1, 2]);
  });
});
