import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { PeriodKind } from '@cadre/shared/contracts';

export interface PeriodRow {
  id: string;
  kind: PeriodKind;
  key: string;
  fiscalYear: number;
  startsOn: string;
  endsOn: string;
  closed: boolean;
  closedAt: Date | null;
}

const PERIOD_COLUMNS = `p.id, p.kind, p.key, p.fiscal_year as "fiscalYear", p.starts_on::text as "startsOn",
  p.ends_on::text as "endsOn", p.closed_at as "closedAt",
  not exists (select 1 from fiscal_periods m where m.kind = 'month' and m.starts_on between p.starts_on and p.ends_on
                 and m.closed_at is null) as closed`;

/** The fiscal calendar and its periods. */
@Injectable()
export class PeriodsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async yearStartMonth(tx: Tx | null = null): Promise<number> {
    const rows = await selectRows<{ m: number }>(
      tx ?? this.dataSource,
      `select year_start_month as m from fiscal_calendar where id = 1`,
    );
    return rows[0]?.m ?? 1;
  }

  all(tx: Tx | null = null): Promise<PeriodRow[]> {
    return selectRows<PeriodRow>(
      tx ?? this.dataSource,
      `select ${PERIOD_COLUMNS} from fiscal_periods p
        order by p.starts_on, case p.kind when 'year' then 0 when 'quarter' then 1 else 2 end`,
    );
  }

  async byKey(key: string, tx: Tx | null = null): Promise<PeriodRow | null> {
    const rows = await selectRows<PeriodRow>(
      tx ?? this.dataSource,
      `select ${PERIOD_COLUMNS} from fiscal_periods p where p.key = $1`,
      [key],
    );
    return rows[0] ?? null;
  }

  async byId(id: string, tx: Tx | null = null): Promise<PeriodRow | null> {
    const rows = await selectRows<PeriodRow>(
      tx ?? this.dataSource,
      `select ${PERIOD_COLUMNS} from fiscal_periods p where p.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The month, quarter and year containing a date. */
  containing(date: string, tx: Tx | null = null): Promise<PeriodRow[]> {
    return selectRows<PeriodRow>(
      tx ?? this.dataSource,
      `select ${PERIOD_COLUMNS} from fiscal_periods p where $1::date between p.starts_on and p.ends_on`,
      [date],
    );
  }

  /** A fiscal year's 12 months, 4 quarters and the year; periods already there are kept. */
  async createYear(tx: Tx, fiscalYear: number, startMonth: number): Promise<number> {
    const rows = await selectRows<{ n: number }>(
      tx,
      `with start as (select make_date($1, $2, 1) as d),
       wanted as (
         select 'month' as kind, to_char(d + i * interval '1 month', 'YYYY-MM') as key,
                (d + i * interval '1 month')::date as starts_on, (d + (i + 1) * interval '1 month' - interval '1 day')::date as ends_on
           from start, generate_series(0, 11) as i
         union all
         select 'quarter', $1 || '-Q' || (q + 1), (d + 3 * q * interval '1 month')::date,
                (d + 3 * (q + 1) * interval '1 month' - interval '1 day')::date
           from start, generate_series(0, 3) as q
         union all
         select 'year', 'FY' || $1, d, (d + interval '1 year' - interval '1 day')::date from start),
       inserted as (
         insert into fiscal_periods (kind, key, fiscal_year, starts_on, ends_on)
         select kind, key, $1, starts_on, ends_on from wanted on conflict (key) do nothing returning 1)
       select count(*)::int as n from inserted`,
      [fiscalYear, startMonth],
    );
    return rows[0]?.n ?? 0;
  }

  async setYearStartMonth(tx: Tx, month: number): Promise<void> {
    await tx.query(
      `insert into fiscal_calendar (id, year_start_month) values (1, $1)
       on conflict (id) do update set year_start_month = excluded.year_start_month`,
      [month],
    );
  }

  /** Closes every still-open month inside the period; answers the keys closed. */
  async close(tx: Tx, period: PeriodRow, userId: string | null): Promise<string[]> {
    const rows = await selectRows<{ key: string }>(
      tx,
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
      `with closed as (update fiscal_periods set closed_at = now(), closed_by_user_id = $3
                        where kind = 'month' and starts_on between $1 and $2 and closed_at is null returning key)
       select key from closed order by key`,
      [period.startsOn, period.endsOn, userId],
    );
    return rows.map((r) => r.key);
  }
}
