// The verdicts every drill ends with, stated once so that each drill asserts the same promises.
import { expect } from 'vitest';
import type { DrillClient } from './drill-client.js';
import { acknowledgedDuring, finalCloses, inside, type FaultWindow } from './fault-window.js';
import type { LogAudit } from './log-audit.js';

/**
 * The log lost no acknowledged edit, holds everything the clients wrote, stores nothing twice,
 * passes the server's hash-chain check and reads as the text the clients agree on.
 */
export function expectLogIntact(audit: LogAudit, clients: readonly DrillClient[]): void {
  expect(audit.lostAcknowledged).toEqual([]);
  expect(audit.unsavedWritten).toEqual([]);
  expect(audit.duplicated).toEqual([]);
  expect(audit.verified).toBe(true);
  expect(audit.text).toBe(clients[0]?.text.toJSON());
}

/**
 * While storage was `state` ('down', 'failing') no client was told an edit was saved or shown
 * another's edit (nothing could be stored), and none was told to give up.
 */
export function expectNothingPassedDuring(
  clients: readonly DrillClient[],
  window: FaultWindow,
  state: string,
): void {
  for (const client of clients) {
    expect(
      acknowledgedDuring(client.acks, window),
      `edits acknowledged to ${client.name} while ${state}`,
    ).toEqual([]);
    expect(
      inside(client.remoteEdits, window),
      `others' edits shown to ${client.name} while ${state}`,
    ).toEqual([]);
    expect(finalCloses(client.closes), `${client.name} told to give up`).toEqual([]);
  }
}
