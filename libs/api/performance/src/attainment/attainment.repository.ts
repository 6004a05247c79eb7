import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows } from '@cadre/api/core';

export interface FigureRow {
  holderId: string;
  metricId: string;
  actual: string | null;
  target: string | null;
}

export interface MonthFigureRow {
  month: string;
  metricId: string;
  actual: string | null;
  target: string | null;
}

export interface UnitRow {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  headcount: number;
}

/**
 * Actual against target, in SQL over the monthly totals the credit writes keep. A metric's
 * actual follows its aggregation: sum → Σ amount; count → Σ counted; average → Σ amount ÷
 * Σ weight; last → the latest month's amount. A window's target is the period's own, or
 * else the sum of its months' targets.
 */
export const METRIC_ACTUAL = `case m.aggregation when 'sum' then t.amount when 'count' then t.counted
                  when 'average' then round(t.amount / nullif(t.weight, 0), 6) else t.last_amount end`;

const TARGET = (holder: 'employee_id' | 'org_unit_id') => `coalesce(
  (select g.value from targets g where g.period_id = $4 and g.${holder} = h.id and g.metric_id = m.id),
  (select sum(g.value) from targets g join fiscal_periods p on p.id = g.period_id
    where p.kind = 'month' and p.starts_on between $2 and $3 and g.${holder} = h.id and g.metric_id = m.id))`;

@Injectable()
export class AttainmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Per person and metric over [from, to] (first days of months). $1 the people. */
  people(ids: string[], from: string, to: string, periodId: string) {
    return selectRows<FigureRow>(
      this.dataSource,
      `with totals as (
         select ct.employee_id, ct.metric_id, sum(ct.amount) as amount, sum(ct.weight) as weight,
                sum(ct.counted) as counted,
                (array_agg(ct.amount order by ct.month desc) filter (where ct.weight <> 0))[1] as last_amount
           from credited_totals ct
          where ct.employee_id = any($1::uuid[]) and ct.month between $2 and $3
          group by 1, 2)
       select h.id as "holderId", m.id as "metricId", (${METRIC_ACTUAL})::text as actual, (${TARGET('employee_id')})::text as target
         from unnest($1::uuid[]) as h(id)
        cross join metrics m
         left join totals t on t.employee_id = h.id and t.metric_id = m.id`,
      [ids, from, to, periodId],
    );
  }

  /** One person's figures month by month over [from, to], in one pass: a trend chart's data. */
  monthsOfPerson(employeeId: string, from: string, to: string) {
    return selectRows<MonthFigureRow>(
      this.dataSource,
      `with totals as (
         select ct.month, ct.metric_id, sum(ct.amount) as amount, sum(ct.weight) as weight,
                sum(ct.counted) as counted,
                case when sum(ct.weight) <> 0 then sum(ct.amount) end as last_amount
           from credited_totals ct
          where ct.employee_id = $1 and ct.month between $2 and $3
          group by 1, 2)
       select mo.key as month, m.id as "metricId", (${METRIC_ACTUAL})::text as actual, g.value::text as target
         from fiscal_periods mo
        cross join metrics m
         left join totals t on t.month = mo.starts_on and t.metric_id = m.id
         left join targets g on g.period_id = mo.id and g.employee_id = $1 and g.metric_id = m.id
        where mo.kind = 'month' and mo.starts_on between $2 and $3
        order by mo.starts_on, m.position, m.code`,
      [employeeId, from, to],
    );
  }

  /** Per org unit (its whole subtree) and metric over [from, to]; $1 the units, null for all. */
  units(ids: string[] | null, from: string, to: string, periodId: string) {
    return selectRows<FigureRow>(
      this.dataSource,
      // Read model: identity's org units and employees joined to roll people up their tree.
      `with recursive tree as (
         select id, id as root from org_units where $1::uuid[] is null or id = any($1)
         union all
         select c.id, t.root from org_units c join tree t on c.parent_id = t.id),
       -- A unit counts each deal once: its people's split credits, not the overlays on top.
       per_person as (
         select ct.employee_id, ct.metric_id, sum(ct.amount - ct.overlay_amount) as amount,
                sum(ct.weight - ct.overlay_weight) as weight, sum(ct.counted - ct.overlay_counted) as counted,
                (array_agg(ct.amount - ct.overlay_amount order by ct.month desc)
                   filter (where ct.weight - ct.overlay_weight <> 0))[1] as last_amount
           from credited_totals ct where ct.month between $2 and $3 group by 1, 2),
       totals as (
         select tr.root as unit_id, p.metric_id, sum(p.amount) as amount, sum(p.weight) as weight,
                sum(p.counted) as counted, sum(p.last_amount) as last_amount
           from per_person p join employees e on e.id = p.employee_id join tree tr on tr.id = e.org_unit_id
          group by 1, 2)
       select h.id as "holderId", m.id as "metricId", (${METRIC_ACTUAL})::text as actual, (${TARGET('org_unit_id')})::text as target
         from (select distinct root as id from tree) h
        cross join metrics m
         left join totals t on t.unit_id = h.id and t.metric_id = m.id`,
      [ids, from, to, periodId],
    );
  }

  /** Read model: identity's units with the headcount of each subtree. */
  unitViews(ids: string[] | null) {
    return selectRows<UnitRow>(
      this.dataSource,
      `with recursive tree as (
         select id, id as root from org_units where $1::uuid[] is null or id = any($1)
         union all
         select c.id, t.root from org_units c join tree t on c.parent_id = t.id)
       select u.id, u.name, u.kind::text as kind, u.parent_id as "parentId",
              (select count(*) from employees e join tree t on t.id = e.org_unit_id
                where t.root = u.id and e.status <> 'left')::int as headcount
         from org_units u where $1::uuid[] is null or u.id = any($1)
        order by u.name`,
      [ids],
    );
  }

  /** Read model: identity's employees for names. */
  /** Read model: these people's names (only those hired by `hiredBy`, a period's last day, when given). */
  names(ids: string[], hiredBy: string | null) {
    return selectRows<{ id: string; fullName: string; orgUnitName: string }>(
      this.dataSource,
      `select e.id, e.full_name as "fullName", u.name as "orgUnitName"
         from employees e join org_units u on u.id = e.org_unit_id
        where e.id = any($1::uuid[]) and ($2::date is null or e.hire_date <= $2::date) order by e.full_name`,
      [ids, hiredBy],
    );
  }

  /** Read model: the people in a unit's subtree hired by `hiredBy` (a period's last day), for names. */
  peopleInUnit(unitId: string, hiredBy: string) {
    return selectRows<{ id: string; fullName: string; orgUnitName: string }>(
      this.dataSource,
      `with recursive tree as (select id from org_units where id = $1
                               union all select c.id from org_units c join tree t on c.parent_id = t.id)
       select e.id, e.full_name as "fullName", u.name as "orgUnitName"
         from employees e join tree t on t.id = e.org_unit_id join org_units u on u.id = e.org_unit_id
        where e.status <> 'left' and e.hire_date <= $2::date order by e.full_name limit 2000`,
      [unitId, hiredBy],
    );
  }

  /** One person's credited transactions of a metric in [from, to], newest first. */
  transactions(employeeId: string, metricCode: string, from: string, to: string, limit: number) {
    return selectRows<{
      id: string;
      externalId: string;
      date: string;
      customer: string;
      productLine: string;
      region: string;
      segment: string;
      share: string;
      overlay: boolean;
      reversal: boolean;
      value: string;
      credited: string;
    }>(
      this.dataSource,
      `select st.id::text, st.external_id as "externalId", st.occurred_on::text as date, st.customer,
              st.product_line as "productLine", st.region, st.segment, c.share::text as share, c.overlay,
              st.reverses_id is not null as reversal, st.metric_values ->> $2 as value,
              ((st.metric_values ->> $2)::numeric * c.share)::text as credited
         from sales_credits c join sales_transactions st on st.id = c.transaction_id
        where c.employee_id = $1 and c.occurred_on between $3 and $4 and st.metric_values ? $2
        order by c.occurred_on desc, st.id desc limit $5`,
      [employeeId, metricCode, from, to, limit],
    );
  }
}
