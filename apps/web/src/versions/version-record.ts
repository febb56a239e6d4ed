// A version as `GET /api/meetings/:meetingId/versions` gives it, declared once in the API
// contract: a name for one revision of the draft, where it stands in the approval, and who took
// each step (people are person ids).

export type { VersionRecord, VersionStep } from '@rapporteur/api-contract';
