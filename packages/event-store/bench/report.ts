/**
 * The report: a Markdown table of store against bare driver, line by line, with the ratio
 * ours/bare and a mark on every line under the goal.
 */
import type { Line } from './scenarios.js';

/** The goal: the store does at least this fraction of the bare driver's work, on every line. */
export const GOAL_RATIO = 0.8;

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Renders the lines, with the settings they were measured under, as Markdown. */
export function renderReport(lines: readonly Line[], settings: readonly string[]): string {
  const header = [
    '| dialect | operation | Rapporteur | bare driver | ratio |',
    '|---|---|---:|---:|---:|',
  ];
  const rows = lines.map((line) => {
    const cells = [
      line.dialect,
      line.operation,
      whole.format(line.ours),
      whole.format(line.bare),
      ratioCell(line.ours / line.bare),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const under = lines.filter((line) => line.ours / line.bare < GOAL_RATIO).length;
  const verdict =
    under === 0
      ? `Every line is at or above the goal of ${GOAL_RATIO} of the bare driver.`
      : `⚠ marks ${under} of ${lines.length} lines under the goal of ${GOAL_RATIO} of the bare driver.`;
  return [
    '## Event store benchmark',
    '',
    ...settings.map((setting) => `- ${setting}`),
    '',
    ...header,
    ...rows,
    '',
    verdict,
    '',
  ].join('\n');
}

function ratioCell(ratio: number): string {
  const text = ratio.toFixed(2);
  return ratio < GOAL_RATIO ? `**${text}** ⚠` : text;
}
