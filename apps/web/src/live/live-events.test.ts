import { describe, expect, it } from 'vitest';

import {
  applyMessages,
  liveEventsUrl,
  NOT_LISTENING,
  parseDraftTick,
  parseMeetingMessage,
  type MeetingEventMessage,
} from './live-events.js';

const frozen = {
  type: 'DraftFrozen',
  revision: 12,
  at: '2026-03-12T10:00:00.000Z',
  actor: 'u-chair',
  summary: 'froze the draft at version “Final”',
  data: { versionId: 'v1' },
};

const meetingEvent = (revision: number): MeetingEventMessage => ({
  type: 'VersionNamed',
  revision,
  at: '2026-03-12T09:00:00.000Z',
  actor: 'u1',
  summary: `named version ${revision}`,
});

describe('reading the live events of a meeting', () => {
  it('reads a meeting event as the server sends it, leaving out its raw data', () => {
    expect(parseMeetingMessage(JSON.stringify(frozen))).toEqual({
      type: 'DraftFrozen',
      revision: 12,
      at: '2026-03-12T10:00:00.000Z',
      actor: 'u-chair',
      summary: 'froze the draft at version “Final”',
    });
  });

  it('reads a tick of the draft', () => {
    expect(parseDraftTick('{"revision":40,"type":"DraftUpdated"}')).toEqual({
      revision: 40,
      type: 'DraftUpdated',
    });
  });

  it('ignores what it cannot read instead of failing', () => {
    expect(parseMeetingMessage('not json')).toBeUndefined();
    expect(parseMeetingMessage(JSON.stringify({ ...frozen, revision: -1 }))).toBeUndefined();
    expect(parseMeetingMessage(JSON.stringify({ ...frozen, summary: 3 }))).toBeUndefined();
    expect(parseMeetingMessage(undefined)).toBeUndefined();
    expect(parseDraftTick('{"revision":"40","type":"DraftUpdated"}')).toBeUndefined();
    expect(parseDraftTick('[]')).toBeUndefined();
  });
});

describe('following the live events', () => {
  it('moves the meeting revision on and keeps the batch’s events for the page to show', () => {
    const state = applyMessages(NOT_LISTENING, [
      { kind: 'meeting', event: meetingEvent(0) },
      { kind: 'meeting', event: meetingEvent(1) },
      { kind: 'draft', tick: { revision: 7, type: 'DraftUpdated' } },
    ]);
    expect(state.meeting).toBe(1);
    expect(state.draft).toEqual({ revision: 7, type: 'DraftUpdated' });
    expect(state.latest.map((event) => event.revision)).toEqual([0, 1]);
  });

  it('never goes back: a repeated event or a late tick changes nothing', () => {
    const state = applyMessages(NOT_LISTENING, [
      { kind: 'meeting', event: meetingEvent(3) },
      { kind: 'draft', tick: { revision: 9, type: 'DraftUpdated' } },
    ]);
    const again = applyMessages(state, [
      { kind: 'meeting', event: meetingEvent(3) },
      { kind: 'draft', tick: { revision: 8, type: 'DraftUpdated' } },
    ]);
    expect(again).toBe(state);
  });

  it('resumes from the last event heard when it opens a new stream', () => {
    expect(liveEventsUrl('demo', -1)).toBe('/api/meetings/demo/events');
    expect(liveEventsUrl('a b', 12)).toBe('/api/meetings/a%20b/events?after=12');
  });
});
