import { describe, expect, it } from 'vitest';
import { isRapporteurError, Refusal, type RefusalType } from './index.js';

const TOKEN_EXPIRED: RefusalType = ['token_expired', 'unauthenticated', 'Token expired'];

describe('a refusal', () => {
  it('takes its code, kind and title from its type and its sentence from where it is made', () => {
    const refusal = new Refusal(TOKEN_EXPIRED, 'This API token expired; create a new one.');
    expect(isRapporteurError(refusal)).toBe(true);
    expect(refusal).toMatchObject({
      code: 'token_expired',
      kind: 'unauthenticated',
      title: 'Token expired',
      message: 'This API token expired; create a new one.',
    });
  });
});
