import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';

/** Failed password checks inside the window, counted three ways (see LoginThrottle). */
export interface RecentFailures {
  /** This account from this address, since the account's last success. */
  pair: number;
  pairOldest: Date | null;
  /** This address, whatever the account. */
  address: number;
  addressOldest: Date | null;
  /** This account from every address, since its last success. */
  account: number;
}

interface FailuresRow {
  pair: number;
  pair_oldest: Date | null;
  address: number;
  address_oldest: Date | null;
  account: number;
}

@Injectable()
export class LoginAttemptsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Serialises the attempts on one account and from one address for the rest of the
   * transaction, so that parallel guesses are counted one after another (account first,
   * then address: always in that order, so two attempts cannot wait on each other).
   */
  async lock(tx: Tx, email: string, address: string): Promise<void> {
    await tx.query(`select pg_advisory_xact_lock(hashtextextended('cadre.login.account:' || $1, 0))`, [
      email,
    ]);
    await tx.query(`select pg_advisory_xact_lock(hashtextextended('cadre.login.address:' || $1, 0))`, [
      address,
    ]);
  }

  async recentFailures(
    tx: Tx,
    email: string,
    address: string,
    windowSeconds: number,
  ): Promise<RecentFailures> {
    const [row] = await selectRows<FailuresRow>(
      tx,
      `with last_ok as (
         select coalesce(max(attempted_at), '-infinity'::timestamptz) as at
           from login_attempts where email = $1 and succeeded)
       select count(*) filter (where email = $1 and ip = $2 and attempted_at > (select at from last_ok))::int as pair,
              min(attempted_at) filter (where email = $1 and ip = $2 and attempted_at > (select at from last_ok)) as pair_oldest,
              count(*) filter (where ip = $2)::int as address,
              min(attempted_at) filter (where ip = $2) as address_oldest,
              count(*) filter (where email = $1 and attempted_at > (select at from last_ok))::int as account
         from login_attempts
        where not succeeded
          and attempted_at > now() - make_interval(secs => $3)
          and (email = $1 or ip = $2)`,
      [email, address, windowSeconds],
    );
    return {
      pair: row.pair,
      pairOldest: row.pair_oldest,
      address: row.address,
      addressOldest: row.address_oldest,
      account: row.account,
    };
  }

  /** An attempt, counted as failed until the password proves right. Returns its id. */
  async recordPending(tx: Tx, email: string, address: string): Promise<string> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `insert into login_attempts (email, ip, succeeded) values ($1, $2, false) returning id::text as id`,
      [email, address],
    );
    return row.id;
  }

  async markSucceeded(id: string): Promise<void> {
    await this.dataSource.query(`update login_attempts set succeeded = true where id = $1`, [id]);
  }

  /** Rows older than a day serve no window; trimmed on successful logins. */
  async prune(email: string): Promise<void> {
    await this.dataSource.query(
      `delete from login_attempts where email = $1 and attempted_at < now() - interval '1 day'`,
      [email],
    );
  }
}
