import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATION_LIMITS, type DatabaseLimits } from './data-source-options';
import { quoteIdent } from './embedded-postgres';
import { TransactionEscapeError } from './transaction-guard';
import { TRANSACTION_ATTEMPTS, TransactionRunner, type Tx } from './transaction-runner';

/**
 * The database can never hang the API: a query that escapes its transaction fails at
 * once, a wait for a pooled connection and a slow statement each end in bounded time, and
 * of two transactions that deadlock, the one PostgreSQL rolls back runs again.
 * (Global setup provides the server; this file makes its own empty database.)
 */
describe('bounded waits on the database', () => {
  const adminUrl = process.env['CADRE_TEST_ADMIN_URL'] as string;
  const name = `cadre_waits_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const sources: DataSource[] = [];

  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  const open = async (limits: Partial<DatabaseLimits>) => {
    const source = await new DataSource(dataSourceOptions(url.toString(), [], limits)).initialize();
    sources.push(source);
    return source;
  };

  beforeAll(() => admin(`create database ${quoteIdent(name)}`));
  afterAll(async () => {
    await Promise.all(sources.map((s) => s.destroy()));
    await admin(`drop database if exists ${quoteIdent(name)} with (force)`);
  });

  it('fails a pool query made inside a transaction at once, instead of waiting for a second connection', async () => {
    const db = await open({ poolSize: 1 });
    const transactions = new TransactionRunner(db);
    const started = Date.now();
    await expect(transactions.run(() => db.query('select 1'))).rejects.toBeInstanceOf(TransactionEscapeError);
    await expect(
      transactions.run((tx) => db.manager.transaction(() => tx.query('select 1'))),
    ).rejects.toBeInstanceOf(TransactionEscapeError);
    expect(Date.now() - started).toBeLessThan(2_000);
    // The transaction's own connection is fine, and the pool is usable afterwards.
    await expect(transactions.run((tx) => tx.query('select 1 as one'))).resolves.toEqual([{ one: 1 }]);
    await expect(db.query('select 2 as two')).resolves.toEqual([{ two: 2 }]);
  });

  it('gives up waiting for a pooled connection after the acquire timeout', async () => {
    const db = await open({ poolSize: 1, acquireTimeoutMs: 300 });
    const holder = db.createQueryRunner();
    await holder.connect();
    try {
      const started = Date.now();
      await expect(db.query('select 1')).rejects.toThrow(/timeout exceeded when trying to connect/);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await holder.release();
    }
  });

  it('cancels a statement that runs past the statement timeout (SQLSTATE 57014)', async () => {
    const db = await open({ statementTimeoutMs: 200 });
    await expect(db.query('select pg_sleep(5)')).rejects.toMatchObject({ driverError: { code: '57014' } });
  });

  it('runs again the transaction PostgreSQL rolled back to end a deadlock, so both writes land', async () => {
    const db = await open({ poolSize: 4 });
    const transactions = new TransactionRunner(db);
    await db.query(`create table deadlock_rows (id int primary key, v int not null)`);
    await db.query(`insert into deadlock_rows values (1, 0), (2, 0)`);
    const add = (tx: Tx, id: number) => tx.query(`update deadlock_rows set v = v + 1 where id = $1`, [id]);
    // Each takes its first row, then waits until the other has its own: a deadlock, once.
    let firstHeld = () => undefined as void;
    let secondHeld = () => undefined as void;
    const first = new Promise<void>((r) => (firstHeld = r));
    const second = new Promise<void>((r) => (secondHeld = r));
    let attempts = 0;
    const crossing = (mine: number, theirs: number, held: () => void, theyHold: Promise<void>) =>
      transactions.run(async (tx) => {
        attempts++;
        await add(tx, mine);
        held();
        await theyHold;
        await add(tx, theirs);
      });
    await Promise.all([crossing(1, 2, firstHeld, second), crossing(2, 1, secondHeld, first)]);
    expect(attempts).toBe(3);
    expect(await db.query(`select id, v from deadlock_rows order by id`)).toEqual([
      { id: 1, v: 2 },
      { id: 2, v: 2 },
    ]);
  });

  it('stops after the last attempt and lets the deadlock through', async () => {
    const db = await open({});
    const transactions = new TransactionRunner(db);
    let attempts = 0;
    const deadlock = Object.assign(new Error('deadlock detected'), { driverError: { code: '40P01' } });
    await expect(
      transactions.run(async () => {
        attempts++;
        throw deadlock;
      }),
    ).rejects.toBe(deadlock);
    expect(attempts).toBe(TRANSACTION_ATTEMPTS);
    // Anything else is not run again.
    attempts = 0;
    await expect(
      transactions.run(async () => {
        attempts++;
        throw new Error('not a database error');
      }),
    ).rejects.toThrow('not a database error');
    expect(attempts).toBe(1);
  });

  it('sets the limits on every connection, and none on the connection that migrates', async () => {
    const bounded = await open({ statementTimeoutMs: 1234 });
    expect(await bounded.query('show statement_timeout')).toEqual([{ statement_timeout: '1234ms' }]);
    const migrating = await open(MIGRATION_LIMITS);
    expect(await migrating.query('show statement_timeout')).toEqual([{ statement_timeout: '0' }]);
    expect(await migrating.query('show idle_in_transaction_session_timeout')).toEqual([
      { idle_in_transaction_session_timeout: '0' },
    ]);
  });
});
