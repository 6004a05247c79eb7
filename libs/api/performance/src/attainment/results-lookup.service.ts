import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import { METRIC_ACTUAL } from './attainment.repository';
import { attainmentOf } from './attainment.service';

export interface QuarterResult {
  employeeId: string;
  metric: string;
  period: string;
  /** Actual ÷ target, 4 decimals; null without a target. */
  attainment: string | null;
}

/**
 * Results as other contexts read them: career readiness asks how people did against their
 * targets over the last complete quarters, for a whole team in one statement.
 */
@Injectable()
export class ResultsLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The keys of the last `count` fiscal quarters that ended before `today`, newest first. */
  async lastCompleteQuarters(tx: Tx | null, count: number, today: string): Promise<string[]> {
    const rows = await selectRows<{ key: string }>(
      tx ?? this.dataSource.manager,
      `select key from fiscal_periods where kind = 'quarter' and ends_on < $1::date
        order by starts_on desc limit $2`,
      [today, count],
    );
    return rows.map((r) => r.key);
  }

  /**
   * Each person's attainment of each metric in each quarter, computed as the attainment
   * pages do: the metric's aggregation over the quarter's months, against the quarter's own
   * target or else the sum of its months' targets.
   */
  async quarterly(
    tx: Tx | null,
    employeeIds: string[],
    metricCodes: string[],
    quarterKeys: string[],
  ): Promise<QuarterResult[]> {
    if (!employeeIds.length || !metricCodes.length || !quarterKeys.length) return [];
    // Actual as the attainment pages read it (attainment.repository); a quarter's target
    // is its own, else the sum of its months'.
    const rows = await selectRows<{
      employeeId: string;
      metric: string;
      period: string;
      actual: string | null;
      target: string | null;
    }>(
      tx ?? this.dataSource.manager,
      `with q as (select id, key, starts_on, ends_on from fiscal_periods where kind = 'quarter' and key = any($3::text[])),
            m as (select id, code, aggregation from metrics where code = any($2::text[])),
            totals as (
              select ct.employee_id, ct.metric_id, q.id as period_id, sum(ct.amount) as amount,
                     sum(ct.weight) as weight, sum(ct.counted) as counted,
                     (array_agg(ct.amount order by ct.month desc) filter (where ct.weight <> 0))[1] as last_amount
                from credited_totals ct join q on ct.month between q.starts_on and q.ends_on
               where ct.employee_id = any($1::uuid[]) and ct.metric_id in (select id from m)
               group by 1, 2, 3),
            month_targets as (
              select g.employee_id, g.metric_id, q.id as period_id, sum(g.value) as value
                from targets g join fiscal_periods p on p.id = g.period_id and p.kind = 'month'
                join q on p.starts_on between q.starts_on and q.ends_on
               where g.employee_id = any($1::uuid[]) and g.metric_id in (select id from m)
               group by 1, 2, 3)
       select h.id as "employeeId", m.code as metric, q.key as period,
              (${METRIC_ACTUAL})::text as actual,
              coalesce(own.value, mt.value)::text as target
         from unnest($1::uuid[]) as h(id) cross join q cross join m
         left join totals t on t.employee_id = h.id and t.metric_id = m.id and t.period_id = q.id
         left join targets own on own.period_id = q.id and own.employee_id = h.id and own.metric_id = m.id
         left join month_targets mt on mt.employee_id = h.id and mt.metric_id = m.id and mt.period_id = q.id`,
      [employeeIds, metricCodes, quarterKeys],
    );
    return rows.map((r) => ({
      employeeId: r.employeeId,
      metric: r.metric,
      period: r.period,
      // No sales against a target is 0%, as the attainment pages show it.
      attainment: attainmentOf(r.actual ?? '0', r.target),
    }));
  }
}
