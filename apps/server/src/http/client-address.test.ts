import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.js';

describe('clientAddress', () => {
  it('is the peer unless the proxy is trusted, and then the entry the proxy appended', () => {
    expect(clientAddress('10.0.0.9', '1.2.3.4, 5.6.7.8', false)).toBe('10.0.0.9');
    expect(clientAddress('10.0.0.9', '1.2.3.4, 5.6.7.8', true)).toBe('5.6.7.8');
    expect(clientAddress('10.0.0.9', undefined, true)).toBe('10.0.0.9');
    expect(clientAddress(undefined, undefined, false)).toBe('unknown');
  });
});
