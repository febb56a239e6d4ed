import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { zipBomb } from '../../testing/word-files.js';
import { ZipArchive, ZipError } from './zip-archive.js';

const LIMITS = { maxEntries: 10, maxEntryBytes: 4 * 1024 * 1024, maxTotalBytes: 6 * 1024 * 1024 };

function refusal(read: () => unknown): ZipError {
  try {
    read();
  } catch (error) {
    if (error instanceof ZipError) return error;
    throw error;
  }
  throw new Error('expected a ZipError');
}

describe('ZipArchive', () => {
  it('reads stored and deflated entries by name', () => {
    const zip = zipSync({
      'a.xml': [new TextEncoder().encode('<a/>'), { level: 0 }],
      'b.xml': [new TextEncoder().encode('<b>'.repeat(1000)), { level: 9 }],
    });
    const archive = new ZipArchive(zip, LIMITS);
    expect(new TextDecoder().decode(archive.read('a.xml'))).toBe('<a/>');
    expect(archive.read('b.xml')).toHaveLength(3000);
    expect(archive.read('c.xml')).toBeUndefined();
  });

  it('refuses a bomb by the size its table of contents declares, inflating nothing', () => {
    const bomb = zipBomb(1, 0xffffffff);
    const started = performance.now();
    const error = refusal(() => new ZipArchive(bomb, LIMITS).read('word/document.xml'));
    expect(error.reason).toBe('too_large');
    expect(error.message).toBe('word/document.xml unpacks to more than 4 MiB');
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('refuses a bomb that lies about its size as soon as the inflated bytes pass the limit', () => {
    // 32 MiB of spaces in about 32 KiB, declared as 1,000 bytes.
    const bomb = zipBomb(32, 1000);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const error = refusal(() => new ZipArchive(bomb, LIMITS).read('word/document.xml'));
    expect(error.reason).toBe('too_large');
  });

  it('counts every entry read against the total', () => {
    const three = new Uint8Array(3.5 * 1024 * 1024);
    const archive = new ZipArchive(zipSync({ 'a.bin': three, 'b.bin': three }), LIMITS);
    archive.read('a.bin');
    expect(refusal(() => archive.read('b.bin')).reason).toBe('too_large');
  });

  it('refuses what is not a zip, and a zip cut short, as damaged', () => {
    expect(refusal(() => new ZipArchive(new TextEncoder().encode('hello'), LIMITS)).reason).toBe(
      'corrupt',
    );
    const zip = zipSync({ 'a.xml': new TextEncoder().encode('<a/>'.repeat(100)) });
    const cut = zip.slice(0, 40);
    expect(refusal(() => new ZipArchive(cut, LIMITS)).reason).toBe('corrupt');
    const garbled = zip.slice();
    garbled.fill(0x41, 30 + 'a.xml'.length, 30 + 'a.xml'.length + 10);
    expect(refusal(() => new ZipArchive(garbled, LIMITS).read('a.xml')).reason).toBe('corrupt');
  });

  it('refuses an archive of more entries than allowed before reading any', () => {
    const many = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`f${i}`, new Uint8Array(1)]),
    );
    expect(refusal(() => new ZipArchive(zipSync(many), LIMITS)).reason).toBe('too_large');
  });
});
