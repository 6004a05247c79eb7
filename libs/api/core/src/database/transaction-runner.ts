import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { guardTransactionEscapes, markedAsTransaction } from './transaction-guard';

/** A transaction handle that services pass to repositories; only repositories use it. */
export type Tx = EntityManager;

/**
 * What PostgreSQL answers when it rolls back one of two transactions that each wait for the
 * other (deadlock_detected) or one that lost a serialization race: nothing of it was kept,
 * and running it again usually succeeds. Its own advice is to retry.
 */
const RETRIED_CODES = new Set(['40P01', '40001']);
/** Tries in all, the first included. */
export const TRANSACTION_ATTEMPTS = 3;

const sqlState = (error: unknown): string | undefined => {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
};

@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    guardTransactionEscapes(dataSource);
  }

  /**
   * Runs `work` in a transaction; a deadlock or serialization failure runs it again (up to
   * TRANSACTION_ATTEMPTS in all, after a short random pause so the two do not meet again).
   * So `work` may run more than once: it must change nothing outside the transaction.
   */
  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction((tx) => markedAsTransaction(() => work(tx)));
      } catch (error) {
        const code = sqlState(error);
        if (attempt >= TRANSACTION_ATTEMPTS || !code || !RETRIED_CODES.has(code)) throw error;
        await sleep(10 + Math.floor(Math.random() * 40 * attempt));
      }
    }
  }
}
