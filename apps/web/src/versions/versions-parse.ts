import { readerOf, VersionRecordReader } from '@rapporteur/api-contract';

// Read with the API contract's schema: an answer this version of the app cannot read becomes
// `undefined`, which the API client turns into a sentence rather than a broken card.

export const parseVersionRecord = readerOf(VersionRecordReader);
export const parseVersionRecords = readerOf(VersionRecordReader.array());
