import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A GroupCommit whose commits take `commitMs` each and are kept, as batches, in order. */
function recordedCommits(commitMs: number) {
  const batches: number[][] = [];
  const commits = new GroupCommit<number>(async (items) => {
    batches.push([...items]);
    await pause(commitMs);
  }, 100);
  return { batches, commits };
}

describe('GroupCommit', () => {
  it('commits what arrives together in one call, without waiting when nothing runs', async () => {
    const { batches, commits } = recordedCommits(1);
    await Promise.all([1, 2, 3].map((item) => commits.add(item)));
    await Promise.all([4, 5].map((item) => commits.add(item)));
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('gathers what arrives while a commit runs into the next one', async () => {
    const { batches, commits } = recordedCommits(20);
    const first = commits.add(1);
    await pause(5);
    const rest = [2, 3, 4].map((item) => commits.add(item));
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('never commits more than its batch limit at once', async () => {
    const sizes: number[] = [];
    const commits = new GroupCommit<number>(async (items) => {
      sizes.push(items.length);
      await pause(1);
    }, 4);
    await Promise.all(Array.from({ length: 10 }, (_, item) => commits.add(item)));
    expect(sizes).toEqual([4, 4, 2]);
  });

  it('rejects every item of a failed commit, and goes on with the next', async () => {
    let calls = 0;
    const commits = new GroupCommit<number>(
      () => (++calls === 1 ? Promise.reject(new Error('disk full')) : Promise.resolve()),
      100,
    );
    const results = await Promise.allSettled([commits.add(1), commits.add(2)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    await expect(commits.add(3)).resolves.toBeUndefined();
  });

  it('drains: resolves once everything added is committed', async () => {
    const committed: number[] = [];
    const commits = new GroupCommit<number>(async (items) => {
      await pause(5);
      committed.push(...items);
    }, 100);
    void commits.add(1);
    void commits.add(2);
    await commits.drain();
    expect(committed).toEqual([1, 2]);
  });
});
