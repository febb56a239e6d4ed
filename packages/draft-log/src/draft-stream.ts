/**
 * The event type that carries one Yjs update, as opaque bytes. Its metadata says who wrote it
 * (`actor`, `name`, `role`), over which connection, and under which Yjs client ids (`clients`):
 * authorship and client ownership are read from there.
 */
export const DRAFT_UPDATED = 'DraftUpdated';

/**
 * The event stream that holds a draft's history: its updates and its seals (`DraftFrozen`,
 * `DraftReopened`, decided in the domain), e.g. `draftStream('wsis-34')` is `draft-wsis-34`.
 */
export function draftStream(draftId: string): string {
  return `draft-${draftId}`;
}
