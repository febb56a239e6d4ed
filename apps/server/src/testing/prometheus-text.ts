/** One sample line of a Prometheus text exposition: `name{label="value"} 1.5`. */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface Exposition {
  /** Metric family name -> its `# TYPE`. */
  readonly types: ReadonlyMap<string, string>;
  readonly samples: readonly Sample[];
  /** The sample's value, or undefined if there is no sample with this name and these labels. */
  value(name: string, labels?: Readonly<Record<string, string>>): number | undefined;
}

const TYPE_LINE = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/;
const SAMPLE_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: -?\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/gy;

/**
 * Parses the Prometheus text format (0.0.4) strictly: a line that is neither a comment nor a
 * well-formed sample throws, so a test using it fails on a malformed exposition.
 */
export function parseExposition(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ')) continue;
    const type = TYPE_LINE.exec(line);
    if (type !== null) {
      types.set(type[1]!, type[2]!);
      continue;
    }
    const sample = SAMPLE_LINE.exec(line);
    if (sample === null) throw new Error(`Not Prometheus text: ${JSON.stringify(line)}`);
    samples.push({
      name: sample[1]!,
      labels: parseLabels(sample[2] ?? '', line),
      value: parseValue(sample[3]!, line),
    });
  }
  return {
    types,
    samples,
    value(name, labels = {}) {
      const wanted = Object.entries(labels);
      return samples.find(
        (sample) =>
          sample.name === name &&
          Object.keys(sample.labels).length === wanted.length &&
          wanted.every(([key, value]) => sample.labels[key] === value),
      )?.value;
    },
  };
}

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  LABEL.lastIndex = 0;
  let read = 0;
  for (let match = LABEL.exec(text); match !== null; match = LABEL.exec(text)) {
    labels[match[1]!] = match[2]!.replace(/\\(.)/g, (_, char: string) =>
      char === 'n' ? '\n' : char,
    );
    read = LABEL.lastIndex;
  }
  if (read !== text.length) throw new Error(`Bad labels in ${line}`);
  return labels;
}

// Prometheus reads values with Go's ParseFloat: NaN and Inf in any case (prom-client writes "Nan").
function parseValue(text: string, line: string): number {
  if (/^nan$/i.test(text)) return NaN;
  const infinity = /^([+-]?)inf(inity)?$/i.exec(text);
  if (infinity !== null) return infinity[1] === '-' ? -Infinity : Infinity;
  const value = Number(text);
  if (text === '' || Number.isNaN(value)) throw new Error(`Bad value in ${line}`);
  return value;
}
