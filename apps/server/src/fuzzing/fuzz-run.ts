/**
 * How many cases a fuzz run makes and from which seed, read from the environment so that a run
 * can be made longer by hand (`FUZZ_CASES`) and a failure replayed exactly (`FUZZ_SEED`, and
 * `FUZZ_PATH` for the shrunk counterexample fast-check names).
 */
export interface FuzzRun {
  readonly seed: number;
  /** The cases this suite should run (its share of FUZZ_CASES). */
  readonly cases: number;
  /** fast-check's replay path of one counterexample, when given. */
  readonly path?: string;
}

/** The total cases of one CI run: about 8,000 socket frames and 3,000 HTTP requests. */
export const DEFAULT_TOTAL_CASES = 11_000;

/** Each suite's share of FUZZ_CASES. */
export const SHARES = { socket: 0.72, http: 0.28 } as const;

export function fuzzRun(suite: keyof typeof SHARES, env: NodeJS.ProcessEnv = process.env): FuzzRun {
  const total = positiveInteger(env.FUZZ_CASES, 'FUZZ_CASES') ?? DEFAULT_TOTAL_CASES;
  const seed = integer(env.FUZZ_SEED, 'FUZZ_SEED') ?? (Date.now() ^ (Math.random() * 2 ** 31)) | 0;
  const path = env.FUZZ_PATH === undefined || env.FUZZ_PATH === '' ? undefined : env.FUZZ_PATH;
  return {
    seed,
    cases: Math.max(1, Math.round(total * SHARES[suite])),
    ...(path === undefined ? {} : { path }),
  };
}

/** One line that says how to run this again. */
export function describeRun(suite: string, run: FuzzRun): string {
  return `fuzz ${suite}: seed ${run.seed}, ${run.cases} cases (replay with FUZZ_SEED=${run.seed}${
    run.path === undefined ? '' : ` FUZZ_PATH=${run.path}`
  })`;
}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^-?\d{1,10}$/.test(value))
    throw new Error(`${name} must be a whole number, not "${value}".`);
  return Number(value) | 0;
}

function positiveInteger(value: string | undefined, name: string): number | undefined {
  const parsed = integer(value, name);
  if (parsed !== undefined && parsed < 1) throw new Error(`${name} must be at least 1.`);
  return parsed;
}
