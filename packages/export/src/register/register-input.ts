import {
  REGISTER_DISPOSITIONS,
  REGISTER_TYPES,
  type RegisterHeading,
  type RegisterRow,
} from './register-row.js';

/**
 * A register the exports refuse, with a stable `code`. The rows come from the server, so this
 * means a bug upstream; it is still refused, since a wrong register is a wrong record.
 */
export class RegisterInputError extends RangeError {
  readonly code = 'invalid_register';
  override readonly name = 'RegisterInputError';
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 timestamp whose date exists: V8's Date.parse takes 2019-02-30 as 2 March. */
function isTimestamp(value: string): boolean {
  if (!ISO_TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) return false;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  return date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
}

function rowProblems(row: RegisterRow): string[] {
  const problems: string[] = [];
  if (!Number.isSafeInteger(row.number) || row.number < 1) {
    problems.push(`number ${String(row.number)} is not a whole number from 1`);
  }
  if (!(REGISTER_TYPES as readonly string[]).includes(row.type)) {
    problems.push(`type '${row.type}' is not one of ${REGISTER_TYPES.join(', ')}`);
  }
  if (!(REGISTER_DISPOSITIONS as readonly string[]).includes(row.disposition)) {
    problems.push(
      `disposition '${row.disposition}' is not one of ${REGISTER_DISPOSITIONS.join(', ')}`,
    );
  }
  if (row.decidedAt !== null && !isTimestamp(row.decidedAt)) {
    problems.push(`decidedAt '${row.decidedAt}' is not an ISO timestamp`);
  }
  return problems;
}

/**
 * Refuses rows a register cannot print truthfully (an unknown disposition, a date that is not
 * one), naming the format, each row by its number and what is wrong with it.
 */
export function assertRegister(
  rows: readonly RegisterRow[],
  heading: RegisterHeading,
  format: string,
): void {
  const problems = rows.flatMap((row, index) =>
    rowProblems(row).map((problem) => `row ${index + 1} (No. ${String(row.number)}): ${problem}`),
  );
  const seen = new Set<number>();
  for (const row of rows) {
    if (seen.has(row.number)) problems.push(`No. ${String(row.number)} is given twice`);
    seen.add(row.number);
  }
  if (!isTimestamp(heading.generatedAt)) {
    problems.push(`generatedAt '${heading.generatedAt}' is not an ISO timestamp`);
  }
  if (problems.length > 0) {
    throw new RegisterInputError(
      `${format}: the register cannot be exported: ${problems.join('; ')}. Fix the rows the server builds from the meeting's review items.`,
    );
  }
}
