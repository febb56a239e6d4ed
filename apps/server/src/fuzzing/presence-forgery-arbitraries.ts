import fc from 'fast-check';
import { encodeAwareness } from './awareness-arbitraries.js';
import { bytes, varBytes } from './wire-bytes.js';

const AWARENESS = 1;

/** States a forger would like others to see: someone else's name and role, or nobody (removal). */
const forgedState = fc.oneof(
  fc
    .record({
      name: fc.constantFrom('HIJACKED', 'Demo Chair', 'chair', 'secretariat', ''),
      role: fc.constantFrom('chair', 'vice-chair', 'secretariat', 'delegate', 'administrator'),
      color: fc.constantFrom('#1e88e5', '#000000'),
    })
    .map((user) => JSON.stringify({ user })),
  fc.constant('null'),
  fc.constant('{"user":"chair"}'),
);

/** Clocks from the honest ones to the largest a JavaScript number holds exactly. */
const forgedClock = fc.oneof(fc.nat(20), fc.constantFrom(1_000_000, 2 ** 31, 2 ** 32, 2 ** 53 - 1));

/**
 * Awareness frames that try to take over presence: entries under the honest clients' client ids
 * (`victims`: other connections', here or relayed), with huge clocks, null states, and forged
 * names and roles; and new ids claiming to be the chair. The server must drop the first kind and
 * show the second under the sender's own name and role.
 */
export function presenceForgeryFrame(victims: readonly number[]) {
  const victim = victims.length === 0 ? fc.nat() : fc.constantFrom(...victims);
  return fc.oneof(
    fc
      .array(fc.record({ client: victim, clock: forgedClock, json: forgedState }), {
        minLength: 1,
        maxLength: 3,
      })
      .map((entries) => ({
        kind: 'presence-forged-id',
        data: bytes(AWARENESS, varBytes(encodeAwareness(entries))),
        text: false,
      })),
    fc
      .record({ client: fc.nat({ max: 2 ** 32 - 1 }), clock: forgedClock, json: forgedState })
      .map((entry) => ({
        kind: 'presence-forged-identity',
        data: bytes(AWARENESS, varBytes(encodeAwareness([entry]))),
        text: false,
      })),
  );
}
