import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { MetadataEncoder } from './metadata-encoder.js';

describe('MetadataEncoder', () => {
  it('gives the UTF-8 bytes of the text and their sha256', () => {
    const text = '{"actor":"chair","name":"Zoë"}';
    const { bytes, digest } = new MetadataEncoder().encode(text);
    expect(bytes.toString('utf8')).toBe(text);
    expect(Buffer.from(digest, 'latin1')).toEqual(createHash('sha256').update(bytes).digest());
  });

  it('encodes a text once and shares the result; another text gets its own', () => {
    const encoder = new MetadataEncoder();
    const first = encoder.encode('{"actor":"a"}');
    expect(encoder.encode('{"actor":"a"}')).toBe(first);
    expect(encoder.encode('{"actor":"b"}').bytes.toString()).toBe('{"actor":"b"}');
  });

  it('keeps encoding correctly past its table size and for long texts', () => {
    const encoder = new MetadataEncoder();
    for (let index = 0; index < 2000; index += 1) {
      const text = `{"n":${index}}`;
      expect(encoder.encode(text).bytes.toString()).toBe(text);
    }
    const long = `{"note":"${'x'.repeat(5000)}"}`;
    expect(encoder.encode(long).bytes.toString()).toBe(long);
  });
});
