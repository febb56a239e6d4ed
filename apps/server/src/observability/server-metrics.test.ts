import { CLOSE_CODES } from '@rapporteur/collab';
import { describe, expect, it } from 'vitest';
import { parseExposition, type Exposition } from '../testing/prometheus-text.js';
import { ServerMetrics } from './server-metrics.js';

const scrape = async (metrics: ServerMetrics): Promise<Exposition> =>
  parseExposition((await metrics.exposition()).body);

describe('server metrics', () => {
  it('keeps two servers in one process apart, each in its own registry', async () => {
    const first = new ServerMetrics();
    const second = new ServerMetrics();
    first.roomObserver.committed({ updates: 3, events: 2, seconds: 0.002 });
    first.trackRooms(() => 2);
    expect((await scrape(first)).value('rapporteur_draft_updates_total')).toBe(3);
    expect((await scrape(first)).value('rapporteur_draft_events_total')).toBe(2);
    expect((await scrape(first)).value('rapporteur_open_rooms')).toBe(2);
    expect((await scrape(second)).value('rapporteur_draft_updates_total')).toBe(0);
    expect((await scrape(second)).value('rapporteur_open_rooms')).toBe(0);
  });

  it('keeps error labels to sane codes, so a stray value cannot grow the series', async () => {
    const metrics = new ServerMetrics();
    metrics.error('socket_rate_limited');
    metrics.error('/api/meetings/123');
    metrics.error('x'.repeat(200));
    const exposition = await scrape(metrics);
    expect(exposition.value('rapporteur_errors_total', { code: 'socket_rate_limited' })).toBe(1);
    expect(exposition.value('rapporteur_errors_total', { code: 'other' })).toBe(2);
  });

  it('counts closes by our close codes and the standard ones, and others as "other"', async () => {
    const metrics = new ServerMetrics();
    for (let index = 0; index < 3; index += 1) metrics.socketOpened();
    metrics.socketClosed(CLOSE_CODES.malformed.code);
    metrics.socketClosed(1005);
    metrics.socketClosed(4999);
    const exposition = await scrape(metrics);
    expect(exposition.value('rapporteur_open_sockets')).toBe(0);
    expect(exposition.value('rapporteur_socket_closes_total', { code: '4400' })).toBe(1);
    expect(exposition.value('rapporteur_socket_closes_total', { code: '1005' })).toBe(1);
    expect(exposition.value('rapporteur_socket_closes_total', { code: 'other' })).toBe(1);
  });

  it('records fan-out lag and gap repairs, and drops impossible numbers without throwing', async () => {
    const metrics = new ServerMetrics();
    const observer = metrics.roomObserver;
    observer.remoteApplied({ lagSeconds: 0.004 });
    observer.remoteApplied({ lagSeconds: -0.001 });
    observer.gapRepaired({ events: 7 });
    expect(() => {
      observer.committed({ updates: 1, events: -1, seconds: 0.001 });
      observer.committed({ updates: 1, events: 1, seconds: Number.NaN });
      observer.stage('append', Number.NaN);
      observer.remoteApplied({ lagSeconds: Number.NaN });
      observer.gapRepaired({ events: -2 });
    }).not.toThrow();
    const exposition = await scrape(metrics);
    expect(exposition.value('rapporteur_fanout_lag_seconds_count')).toBe(2);
    expect(exposition.value('rapporteur_fanout_lag_seconds_bucket', { le: '0.005' })).toBe(2);
    expect(exposition.value('rapporteur_gap_repairs_total')).toBe(1);
    expect(exposition.value('rapporteur_gap_repair_events_total')).toBe(7);
    expect(exposition.value('rapporteur_draft_updates_total')).toBe(0);
    expect(exposition.value('rapporteur_commit_stage_seconds_total', { stage: 'append' })).toBe(0);
  });

  it('adds up the time of each commit stage, every stage present from the start', async () => {
    const metrics = new ServerMetrics();
    metrics.roomObserver.stage('append', 0.002);
    metrics.roomObserver.stage('append', 0.001);
    const exposition = await scrape(metrics);
    expect(exposition.value('rapporteur_commit_stage_seconds_total', { stage: 'append' })).toBe(
      0.003,
    );
    expect(exposition.value('rapporteur_commit_stage_seconds_total', { stage: 'trial' })).toBe(0);
  });
});
