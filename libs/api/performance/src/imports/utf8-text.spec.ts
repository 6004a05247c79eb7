import { Readable } from 'node:stream';
import { FileRefused, Utf8Text } from './utf8-text';

async function read(chunks: Buffer[], max = 1_000_000): Promise<string> {
  let text = '';
  for await (const part of Readable.from(chunks).pipe(new Utf8Text(max))) text += String(part);
  return text;
}

describe('Utf8Text', () => {
  it('keeps a character cut between two chunks whole and drops a byte-order mark', async () => {
    const bytes = Buffer.from('\ufeff张伟,销售');
    expect(await read([bytes.subarray(0, 5), bytes.subarray(5, 8), bytes.subarray(8)])).toBe('张伟,销售');
  });

  it('refuses bytes that are not UTF-8, naming where they start', async () => {
    await expect(read([Buffer.from('abc,'), Buffer.from([0xe9, 0x41])])).rejects.toMatchObject({
      failure: 'not_utf8',
    });
  });

  it('refuses a file larger than the limit', async () => {
    const error = await read([Buffer.alloc(10, 65), Buffer.alloc(10, 65)], 15).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileRefused);
    expect(error).toMatchObject({ failure: 'file_too_large' });
  });
});
