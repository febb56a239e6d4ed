/**
 * Emmett's decider: `decide` turns a command and the current state into events (or throws a
 * domain error), `evolve` folds one event into the state. Both are pure: time, ids and the
 * acting person arrive inside the command.
 */
export interface Decider<State, Command, Event> {
  readonly decide: (command: Command, state: State) => readonly Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: () => State;
}

/** The state after `events`, from the decider's initial state: how a stream is read back. */
export function replay<State, Command, Event>(
  decider: Decider<State, Command, Event>,
  events: readonly Event[],
): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}
