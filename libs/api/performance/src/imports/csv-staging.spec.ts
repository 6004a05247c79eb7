import { Readable, Writable } from 'node:stream';
import { stageCsv } from './csv-staging';

const HEADER = 'external_id,date,employee,share,revenue\n';
const ROW = (i: number) => `T${i},2026-10-01,rep@cadre.test,1,${i}.50\n`;

/** A file of `rows` rows that counts how many bytes have been pulled from it. */
function countedFile(rows: number) {
  let next = 0;
  const file = Object.assign(
    new Readable({
      read() {
        if (next >= rows) return void this.push(null);
        const lines = next === 0 ? [HEADER] : [];
        for (let i = 0; i < 500 && next < rows; i++) lines.push(ROW(next++));
        const chunk = lines.join('');
        file.pulled += chunk.length;
        this.push(chunk);
      },
    }),
    { pulled: 0 },
  );
  return file;
}

/** A COPY that takes nothing until `open()`, then everything. */
function stalledCopy() {
  let waiting: (() => void)[] = [];
  let open = false;
  let received = '';
  const copy = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      received += String(chunk);
      if (open) done();
      else waiting.push(() => done());
    },
  });
  return {
    copy,
    lines: () => received.split('\n').filter(Boolean),
    open: () => {
      open = true;
      const held = waiting;
      waiting = [];
      held.forEach((done) => done());
    },
  };
}

const options = {
  importId: '00000000-0000-4000-8000-000000000001',
  metricCodes: ['revenue'],
  mapping: {},
  maxBytes: 1_000_000_000,
  progress: async () => false,
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('stageCsv', () => {
  it('stops reading the upload while COPY is not taking rows, then stages every row', async () => {
    const rows = 400_000; // about 15 MB
    const file = countedFile(rows);
    const { copy, open, lines } = stalledCopy();

    const staging = stageCsv(file, copy, options);
    await settle();
    const pulledWhileStalled = file.pulled;
    await settle();
    // A few chunks of read-ahead at most, not the file.
    expect(file.pulled).toBe(pulledWhileStalled);
    expect(pulledWhileStalled).toBeLessThan(1024 * 1024);

    open();
    const result = await staging;
    expect(result).toMatchObject({ ok: true, rows });
    const staged = lines();
    expect(staged).toHaveLength(rows);
    // Row numbers count the header as row 1.
    expect(staged[0]?.split('\t').slice(1, 4)).toEqual(['2', '5', 'T0']);
    expect(staged[rows - 1]?.split('\t')[3]).toBe(`T${rows - 1}`);
  });
});
