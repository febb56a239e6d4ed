import { expect } from 'vitest';
import { replay, type Decider } from '../src/index.js';

/** What a test expects after `when`: these events, or this error. */
export type Outcome<Event> = {
  /** The command produces exactly these events (and `evolve` accepts them). */
  readonly then: (expected: readonly Event[]) => void;
  /** The command throws an `errorClass` whose message matches `message` and that has `properties`. */
  readonly thenThrows: (
    errorClass: abstract new (...args: never[]) => Error,
    message?: RegExp,
    properties?: Readonly<Record<string, unknown>>,
  ) => void;
};

/** The `given` of a decider's tests: `given(events).when(command).then(events)`. */
export type Given<Command, Event> = (events?: readonly Event[]) => {
  readonly when: (command: Command) => Outcome<Event>;
};

/**
 * Given / when / then for a decider, as Emmett's DeciderSpecification: the state is built from
 * the given events only, so a test states every fact it relies on.
 * Example: `const given = specFor(meetingDecider); given([scheduled]).when(invite).then([invited]);`
 */
export function specFor<State, Command, Event>(
  decider: Decider<State, Command, Event>,
): Given<Command, Event> {
  return (events = []) => ({
    when: (command) => {
      const decide = (): readonly Event[] => decider.decide(command, replay(decider, events));
      return {
        then: (expected) => {
          const actual = decide();
          expect(actual).toEqual(expected);
          // What decide produces, evolve must accept: replaying it must not throw.
          replay(decider, [...events, ...actual]);
        },
        thenThrows: (errorClass, message, properties) => {
          let thrown: unknown;
          try {
            decide();
          } catch (error) {
            thrown = error;
          }
          expect(thrown, 'the command was expected to throw').toBeInstanceOf(errorClass);
          if (message !== undefined) expect((thrown as Error).message).toMatch(message);
          if (properties !== undefined) expect(thrown).toMatchObject(properties);
        },
      };
    },
  });
}
