import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LoginAttemptEntity } from './login-attempt.entity';

export interface RecentFailures {
  account: number;
  accountOldest: Date | null;
  address: number;
  addressOldest: Date | null;
}

@Injectable()
export class LoginAttemptsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Failures inside the window: per account (since its last success) and per address. */
  async recentFailures(email: string, ip: string, windowSeconds: number): Promise<RecentFailures> {
    const [row] = (await this.dataSource.query(
      `with last_ok as (
         select coalesce(max(attempted_at), '-infinity'::timestamptz) as at
           from login_attempts where email = $1 and succeeded)
       select count(*) filter (where email = $1 and attempted_at > (select at from last_ok))::int as account,
              min(attempted_at) filter (where email = $1 and attempted_at > (select at from last_ok)) as account_oldest,
              count(*) filter (where ip = $2)::int as address,
              min(attempted_at) filter (where ip = $2) as address_oldest
         from login_attempts
        where not succeeded
          and attempted_at > now() - make_interval(secs => $3)
          and (email = $1 or ip = $2)`,
      [email, ip, windowSeconds],
    )) as { account: number; account_oldest: Date | null; address: number; address_oldest: Date | null }[];
    return {
      account: row.account,
      accountOldest: row.account_oldest,
      address: row.address,
      addressOldest: row.address_oldest,
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
