// The summary's symbol, language and time zone: set at creation or later by the chair, checked.
import { describe, expect, it } from 'vitest';

import { AT, given, holding, recorded, scheduled, withSecretariat } from '../../testing/index.js';
import { replay } from '../decider.js';
import { ForbiddenError, ValidationError } from '../errors.js';
import type { MeetingEvent } from '../index.js';
import type { Actor } from '../command.js';
import { meetingDecider } from './meeting.decide.js';
import { DEFAULT_LINK_TEMPLATE } from '../document/document-link.js';
import type { ChangeDocumentSettings, DocumentSettings } from './document-settings.js';

const change = (
  data: Partial<DocumentSettings>,
  by: Actor = holding.chair,
): ChangeDocumentSettings => ({ type: 'ChangeDocumentSettings', data: { ...data, at: AT, by } });

const changed = (
  settings: Omit<DocumentSettings, 'linkTemplate'> & { linkTemplate?: string },
  by: Actor = holding.chair,
): MeetingEvent => ({
  type: 'DocumentSettingsChanged',
  data: { linkTemplate: DEFAULT_LINK_TEMPLATE, ...settings, at: AT, by: recorded(by) },
});

const settingsAfter = (events: readonly MeetingEvent[]) => {
  const state = replay(meetingDecider, events);
  if (state.kind !== 'scheduled') throw new Error('not scheduled');
  return state.documentSettings;
};

describe('document settings', () => {
  it('are English, UTC and no symbol of its own until someone sets them', () => {
    expect(settingsAfter([scheduled])).toEqual({
      documentSymbol: null,
      language: 'en',
      timeZone: 'UTC',
      linkTemplate: 'https://www.itu.int/md/{symbol}/en',
    });
  });

  it('keep the default link template when replaying settings recorded before links existed', () => {
    const old = changed({ documentSymbol: null, language: 'fr', timeZone: 'UTC' });
    const data = Object.fromEntries(
      Object.entries(old.data).filter(([key]) => key !== 'linkTemplate'),
    );
    const settings = settingsAfter([scheduled, { ...old, data } as MeetingEvent]);
    expect(settings).toMatchObject({ language: 'fr', linkTemplate: DEFAULT_LINK_TEMPLATE });
  });

  it('record a link template with {symbol} in it', () => {
    const template = 'https://docs.example.org/{symbol}?rev={revision}';
    given(withSecretariat)
      .when(change({ linkTemplate: template }))
      .then([
        changed({ documentSymbol: null, language: 'en', timeZone: 'UTC', linkTemplate: template }),
      ]);
  });

  it('records what the chair sets, keeping what is not given', () => {
    given(withSecretariat)
      .when(change({ documentSymbol: 'CWG-WSIS&SDG-34/6', timeZone: 'Europe/Zurich' }))
      .then([
        changed({ documentSymbol: 'CWG-WSIS&SDG-34/6', language: 'en', timeZone: 'Europe/Zurich' }),
      ]);
    const later = [
      ...withSecretariat,
      changed({ documentSymbol: 'CWG-WSIS&SDG-34/6', language: 'en', timeZone: 'Europe/Zurich' }),
    ];
    expect(settingsAfter(later).timeZone).toBe('Europe/Zurich');
    given(later)
      .when(change({ language: 'fr' }))
      .then([
        changed({ documentSymbol: 'CWG-WSIS&SDG-34/6', language: 'fr', timeZone: 'Europe/Zurich' }),
      ]);
    given(later)
      .when(change({ timeZone: 'Europe/Zurich' }))
      .then([]);
  });

  it('refuses a zone, a language or a symbol nobody could use, naming the field', () => {
    for (const [data, field] of [
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ language: 'not a language' }, 'language'],
      [{ documentSymbol: 'line\nbreak' }, 'documentSymbol'],
      [{ linkTemplate: 'javascript:alert({symbol})' }, 'linkTemplate'],
      [{ linkTemplate: 'https://www.itu.int/md/' }, 'linkTemplate'],
      [{ linkTemplate: 'https://x.org/{symbol} y' }, 'linkTemplate'],
    ] as const) {
      given(withSecretariat)
        .when(change(data))
        .thenThrows(ValidationError, new RegExp(`^${field} must be`), { field });
    }
  });

  it('is the chair’s to change, not the secretariat’s', () => {
    given(withSecretariat)
      .when(change({ timeZone: 'Europe/Zurich' }, holding.secretariat))
      .thenThrows(ForbiddenError);
  });
});
