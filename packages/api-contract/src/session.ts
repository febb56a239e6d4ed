import { z } from 'zod';

/** The signed-in account, as the session routes answer it. */
export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    /** The platform's administrator: sets meetings up and fixes their rosters. */
    admin: z.boolean(),
    mayCreateMeetings: z.boolean().describe('Whether this installation lets them create meetings'),
  })
  .meta({ id: 'User' });

/** Whether the first administrator is still to be created (a fresh installation). */
export const SetupStateSchema = z.object({ needsSetup: z.boolean() });

export type User = z.infer<typeof UserSchema>;
