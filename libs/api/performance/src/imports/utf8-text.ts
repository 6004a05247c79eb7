import { isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { Transform, type TransformCallback } from 'node:stream';

/** Thrown into the stream when the file breaks a rule before its rows are read. */
export class FileRefused extends Error {
  constructor(
    readonly failure: 'file_too_large' | 'not_utf8',
    readonly params: Record<string, string | number>,
  ) {
    super(failure);
  }
}

/**
 * Bytes in, text out: refuses a file that is not UTF-8 (naming the byte offset) or grows
 * past `maxBytes`, drops a byte-order mark, and never splits a character between chunks.
 */
export class Utf8Text extends Transform {
  bytes = 0;
  private pending: Buffer = Buffer.alloc(0);
  private readonly decoder = new StringDecoder('utf8');
  private first = true;

  constructor(private readonly maxBytes: number) {
    super({ readableObjectMode: false, decodeStrings: true, encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const offset = this.bytes - this.pending.length;
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes)
      return done(new FileRefused('file_too_large', { maxBytes: this.maxBytes }));
    let data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    if (this.first && data.length >= 3) {
      this.first = false;
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
    }
    const end = completeEnd(data);
    const whole = data.subarray(0, end);
    this.pending = Buffer.from(data.subarray(end));
    if (!isUtf8(whole)) return done(new FileRefused('not_utf8', { byte: offset + firstInvalid(whole) }));
    done(null, this.decoder.write(whole));
  }

  override _flush(done: TransformCallback): void {
    if (this.pending.length)
      return done(new FileRefused('not_utf8', { byte: this.bytes - this.pending.length }));
    done(null, this.decoder.end());
  }
}

/** Where the last complete character ends: a multi-byte sequence cut by the chunk waits. */
function completeEnd(data: Buffer): number {
  for (let back = 1; back <= Math.min(4, data.length); back++) {
    const byte = data[data.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? data.length - back : data.length;
  }
  return data.length;
}

function firstInvalid(data: Buffer): number {
  let low = 0;
  let high = data.length;
  // Binary search for the shortest invalid prefix (a cut character at the end aside).
  while (high - low > 4) {
    const mid = (low + high) >> 1;
    if (isUtf8(data.subarray(0, completeEnd(data.subarray(0, mid))))) low = mid;
    else high = mid;
  }
  return low;
}
