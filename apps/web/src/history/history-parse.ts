import {
  DraftAtReader,
  DraftAuthorsReader,
  DraftDiffReader,
  SessionPageReader,
  readerOf,
  VersionNameReader,
} from '@rapporteur/api-contract';

// The history answers, read with the API contract's schemas: a shape this version of the app
// cannot read becomes `undefined`, which the API client turns into a sentence instead of a
// broken panel.

export const parseHistoryPage = readerOf(SessionPageReader);
export const parseDraftAt = readerOf(DraftAtReader);
export const parseDraftDiff = readerOf(DraftDiffReader);
export const parseDraftAuthors = readerOf(DraftAuthorsReader);
export const parseVersion = readerOf(VersionNameReader);
export const parseVersions = readerOf(VersionNameReader.array());
