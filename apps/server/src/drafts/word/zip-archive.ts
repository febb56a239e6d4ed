import { Inflate } from 'fflate';

/** Why a zip could not be read: 'corrupt' (not a zip, or a damaged one) or 'too_large'. */
export class ZipError extends Error {
  override readonly name = 'ZipError';
  constructor(
    readonly reason: 'corrupt' | 'too_large',
    message: string,
  ) {
    super(message);
  }
}

/** What one archive may cost, in entries and in bytes once inflated. */
export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
}

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// Compressed bytes handed to the inflater at a time: deflate expands at most about 1032 to 1,
// so one push yields at most about 16 MiB before the running count is checked again.
const PUSH_BYTES = 16 * 1024;

/**
 * A zip read from its central directory, inflating an entry only when asked and never past the
 * limits: a zip bomb (a small file that inflates to gigabytes) is refused by its declared sizes,
 * and, when those lie, as soon as the inflated bytes pass the limit (decision 43).
 */
export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits,
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndOfDirectory(view);
    const count = view.getUint16(end + 10, true);
    if (count > limits.maxEntries) {
      throw new ZipError('too_large', `it holds ${count} files, more than ${limits.maxEntries}`);
    }
    let at = view.getUint32(end + 16, true);
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
        throw new ZipError('corrupt', 'its table of contents is damaged');
      }
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name, {
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        declaredSize: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes inflated, or undefined when there is no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    const { maxEntryBytes, maxTotalBytes } = this.limits;
    const budget = Math.min(maxEntryBytes, maxTotalBytes - this.inflated);
    if (entry.declaredSize > budget) throw tooLarge(name, budget);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ZipError('corrupt', `${name} is packed with a method Word does not use`);
    }
    const data = this.dataOf(name, entry);
    const out = entry.method === 0 ? data : inflateWithin(data, budget, name);
    if (out.length > budget) throw tooLarge(name, budget);
    this.inflated += out.length;
    return out;
  }

  private dataOf(name: string, entry: Entry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
      throw new ZipError('corrupt', `${name} is damaged`);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.compressedSize > this.bytes.length) {
      throw new ZipError('corrupt', `${name} is cut short`);
    }
    return this.bytes.subarray(start, start + entry.compressedSize);
  }
}

function inflateWithin(data: Uint8Array, budget: number, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > budget) throw tooLarge(name, budget);
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += PUSH_BYTES) {
      inflater.push(data.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= data.length);
    }
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError('corrupt', `${name} is damaged`);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function findEndOfDirectory(view: DataView): number {
  // The end record is the last 22 bytes, or earlier by a comment of at most 65,535 bytes.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 65_535; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new ZipError('corrupt', 'it is not a zip archive, which every .docx is');
}

function tooLarge(name: string, budget: number): ZipError {
  return new ZipError(
    'too_large',
    `${name} unpacks to more than ${Math.round(budget / 1024 / 1024)} MiB`,
  );
}
