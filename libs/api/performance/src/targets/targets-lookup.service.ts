import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';

export interface PersonalTarget {
  employeeId: string;
  periodKey: string;
  value: string;
}

/**
 * What other contexts may read of targets and metrics: compensation takes quotas from a
 * metric's personal targets, checks that a plan names metrics that exist, and names them
 * to the people it pays.
 */
@Injectable()
export class TargetsLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each person's own target of a metric in each of the periods (by key) that has one. */
  personalTargets(
    tx: Tx | null,
    metricCode: string,
    periodKeys: string[],
    employeeIds: string[],
  ): Promise<PersonalTarget[]> {
    return selectRows<PersonalTarget>(
      tx ?? this.dataSource,
      `select t.employee_id as "employeeId", p.key as "periodKey", t.value::text as value
         from targets t
         join metrics m on m.id = t.metric_id
         join fiscal_periods p on p.id = t.period_id
        where m.code = $1 and p.key = any($2::text[]) and t.employee_id = any($3::uuid[])`,
      [metricCode, periodKeys, employeeIds],
    );
  }

  /** The codes of every metric, for checking what a plan reads. */
  async metricCodes(tx: Tx | null): Promise<string[]> {
    const rows = await selectRows<{ code: string }>(tx ?? this.dataSource, `select code from metrics`, []);
    return rows.map((r) => r.code);
  }

  /** The names and units of some metrics, by code. */
  metricNames(tx: Tx | null, codes: string[]) {
    return selectRows<{ code: string; nameEn: string; nameZh: string; unit: string }>(
      tx ?? this.dataSource,
      `select code, name_en as "nameEn", name_zh as "nameZh", unit from metrics where code = any($1::text[]) order by code`,
      [codes],
    );
  }
}
