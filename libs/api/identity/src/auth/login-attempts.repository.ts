import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LoginAttemptEntity } from './login-attempt.entity';

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

  async recentFailures(email: string, ip: string, windowSeconds: number): Promise<RecentFailures> {
    const [row] = (await this.dataSource.query(
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
      [email, ip, windowSeconds],
    )) as FailuresRow[];
    return {
      pair: row.pair,
      pairOldest: row.pair_oldest,
      address: row.address,
      addressOldest: row.address_oldest,
      account: row.account,
    };
  }

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.dataSource.getRepository(LoginAttemptEntity).insert({ email, ip, succeeded });
  }

  /** Rows older than a day serve no window; trimmed on successful logins. */
  async prune(email: string): Promise<void> {
    await this.dataSource.query(
      `delete from login_attempts where email = $1 and attempted_at < now() - interval '1 day'`,
      [email],
    );
  }
}
