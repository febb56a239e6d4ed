import { meetingDecider } from '../src/index.js';
import { specFor } from './decider-specification.js';

/**
 * The `given` of the meeting decider, which also runs the version workflow: every domain test
 * starts here. Example: `given([scheduled]).when(invite(people.sah, 'secretariat')).then([...])`.
 */
export const given = specFor(meetingDecider);
