import { useId, useRef, type ReactElement } from 'react';

import { layoutActivity } from './activity-layout.js';
import { colourOf, nameOf, type PeopleIndex } from './history-people.js';
import type { DailyActivity } from './history-types.js';
import { useWidth } from './use-width.js';
import './activity-chart.css';

// The panel's inner width until measured; the height stays, whatever the width.
const WIDTH = 280;
const HEIGHT = 132;
const MAX_DAYS = 14;

const edits = (count: number): string => (count === 1 ? '1 edit' : `${count} edits`);

/**
 * Edits per person over the drafting days: a bar per day, stacked by person in their colours,
 * with a legend. The SVG's title says the same in words for screen readers.
 */
export function ActivityChart({
  activity,
  people,
}: {
  readonly activity: readonly DailyActivity[];
  readonly people: PeopleIndex;
}): ReactElement {
  const id = useId();
  const figure = useRef<HTMLElement>(null);
  const width = useWidth(figure, WIDTH);
  const layout = layoutActivity(activity, { width, height: HEIGHT, maxDays: MAX_DAYS });
  if (layout.bars.length === 0) {
    // The figure stays, empty, so that its width is measured before the first bar arrives.
    return (
      <figure ref={figure} className="activity-chart" data-testid="activity-chart">
        <p className="history-empty">No edits yet: the chart fills as people write.</p>
      </figure>
    );
  }
  const { plot } = layout;
  const description = `Edits per person and day. ${layout.bars
    .map(
      (bar) =>
        `${bar.label}: ${bar.segments.map((segment) => `${nameOf(people, segment.actor)} ${edits(segment.updates)}`).join(', ') || 'no edits'}`,
    )
    .join('; ')}.`;

  return (
    <figure ref={figure} className="activity-chart" data-testid="activity-chart">
      <svg
        className="activity-chart__plot"
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{description}</title>
        <defs>
          {layout.bars.map((bar, index) => (
            <clipPath key={bar.day} id={`${id}-bar-${index}`}>
              {/* Reaches below the baseline, so that only the top corners are round. */}
              <rect
                x={bar.x}
                y={bar.top}
                width={bar.width}
                height={plot.bottom - bar.top + 4}
                rx={3}
              />
            </clipPath>
          ))}
        </defs>
        {layout.ticks.map((tick) => (
          <g key={tick.value} className="activity-chart__tick">
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            <text x={plot.left - 6} y={tick.y} dy="0.32em" textAnchor="end">
              {tick.value}
            </text>
          </g>
        ))}
        {layout.bars.map((bar, index) => (
          <g key={bar.day} clipPath={`url(#${id}-bar-${index})`}>
            {bar.segments.map((segment) => (
              <rect
                key={segment.actor}
                className="activity-chart__segment"
                x={bar.x}
                y={segment.y}
                width={bar.width}
                height={segment.height}
                fill={colourOf(people, segment.actor)}
              >
                <title>{`${nameOf(people, segment.actor)}: ${edits(segment.updates)} on ${bar.label}`}</title>
              </rect>
            ))}
          </g>
        ))}
        {/* Each bar's words, centred on it: its total above, its day below the baseline. */}
        {layout.bars.map((bar) => {
          const centre = bar.x + bar.width / 2;
          return (
            <g key={bar.day} textAnchor="middle">
              {bar.counted && (
                <text className="activity-chart__total" x={centre} y={bar.top - 4}>
                  {bar.total}
                </text>
              )}
              {bar.labelled && (
                <text className="activity-chart__day" x={centre} y={HEIGHT - 5}>
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="activity-chart__legend">
          {layout.actors.map(({ actor, updates }) => (
            <li key={actor} className="activity-chart__person" title={nameOf(people, actor)}>
              <span
                className="activity-chart__swatch"
                style={{ backgroundColor: colourOf(people, actor) }}
                aria-hidden="true"
              />
              <span className="activity-chart__name">{nameOf(people, actor)}</span>
              <span className="activity-chart__count">{edits(updates)}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
