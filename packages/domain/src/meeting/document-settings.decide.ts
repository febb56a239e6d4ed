import { requireNotFrozen } from '../version/version.guards.js';
import {
  requireDocumentSettings,
  type ChangeDocumentSettings,
  type DocumentSettingsChanged,
} from './document-settings.js';
import { authorizeIn, requireStamp } from './meeting.guards.js';
import type { ScheduledMeeting } from './meeting.state.js';

/**
 * Decides a change of the document settings: the chair's, like the other settings. Setting
 * what is already set records nothing; a frozen draft's presentation is frozen with it.
 */
export function changeDocumentSettings(
  meeting: ScheduledMeeting,
  command: ChangeDocumentSettings,
): readonly DocumentSettingsChanged[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'change-settings');
  const current = meeting.documentSettings;
  const next = requireDocumentSettings({
    documentSymbol:
      command.data.documentSymbol === undefined
        ? current.documentSymbol
        : command.data.documentSymbol,
    language: command.data.language ?? current.language,
    timeZone: command.data.timeZone ?? current.timeZone,
    linkTemplate: command.data.linkTemplate ?? current.linkTemplate,
  });
  requireNotFrozen(meeting, 'change the document settings');
  if (
    next.documentSymbol === current.documentSymbol &&
    next.language === current.language &&
    next.timeZone === current.timeZone &&
    next.linkTemplate === current.linkTemplate
  )
    return [];
  return [{ type: 'DocumentSettingsChanged', data: { ...next, at, by } }];
}
