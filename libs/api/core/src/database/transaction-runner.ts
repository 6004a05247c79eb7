import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { guardTransactionEscapes, markedAsTransaction } from './transaction-guard';

/** A transaction handle that services pass to repositories; only repositories use it. */
export type Tx = EntityManager;

@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    guardTransactionEscapes(dataSource);
  }

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((tx) => markedAsTransaction(() => work(tx)));
  }
}
