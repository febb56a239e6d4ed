import { afterEach } from 'vitest';

/**
 * What a drill must undo, in reverse order of creation, even when the drill fails half-way:
 * every process, private service and temp folder registers its cleanup here as it is created.
 */
export class Teardown {
  readonly #steps: (() => Promise<void> | void)[] = [];

  /** Registers a cleanup and returns the thing it cleans up, for one-line use. */
  add<T>(thing: T, cleanup: (thing: T) => Promise<void> | void): T {
    this.#steps.push(() => cleanup(thing));
    return thing;
  }

  /** Runs every cleanup, last first; one failing does not stop the others. */
  async run(): Promise<void> {
    const failures: unknown[] = [];
    for (const step of this.#steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length > 0)
      throw new AggregateError(failures, `${failures.length} cleanup step(s) failed`);
  }
}

/** A Teardown run after each test of the file or suite that calls this: every drill's first line. */
export function teardownAfterEach(): Teardown {
  const teardown = new Teardown();
  afterEach(() => teardown.run());
  return teardown;
}
