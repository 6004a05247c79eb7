import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';

/**
 * Thrown when code running inside a transaction asks the pool for another connection.
 * That query would not see the transaction's uncommitted rows, and with every pooled
 * connection held by a transaction waiting for a second one, the whole API deadlocks.
 * Pass the transaction (`tx`) down instead.
 */
export class TransactionEscapeError extends Error {
  constructor() {
    super(
      'A query inside a transaction asked the pool for a second connection; pass the transaction (tx) to it',
    );
    this.name = 'TransactionEscapeError';
  }
}

interface OpenTransaction {
  open: boolean;
}

const current = new AsyncLocalStorage<OpenTransaction>();

/** Runs `work` marked as inside a transaction until the returned promise settles. */
export async function markedAsTransaction<T>(work: () => Promise<T>): Promise<T> {
  const marker: OpenTransaction = { open: true };
  try {
    return await current.run(marker, work);
  } finally {
    // Work the callback left running (it should not) may use the pool afterwards.
    marker.open = false;
  }
}

/** True while the calling code runs inside TransactionRunner.run. */
export function insideTransaction(): boolean {
  return current.getStore()?.open === true;
}

const guarded = new WeakSet<DataSource>();

/**
 * Makes every pool checkout fail fast while the caller is inside a transaction, instead
 * of waiting for a connection that the waiting transactions themselves hold. TypeORM
 * takes connections only through createQueryRunner (repositories, query builders and
 * `dataSource.query` all go through it), so this one seam covers them all.
 */
export function guardTransactionEscapes(dataSource: DataSource): void {
  if (guarded.has(dataSource)) return;
  guarded.add(dataSource);
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>) => {
    if (insideTransaction()) throw new TransactionEscapeError();
    return createQueryRunner(...args);
  };
}
