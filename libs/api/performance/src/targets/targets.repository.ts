import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { SmartText } from '@cadre/shared/contracts';
import { TargetEntity } from './target.entity';

export interface TargetRow extends SmartText {
  id: string;
  metricId: string;
  metricCode: string;
  periodId: string;
  periodKey: string;
  employeeId: string | null;
  employeeName: string | null;
  orgUnitId: string | null;
  orgUnitName: string | null;
  orgUnitKind: string | null;
  value: string;
  ownerId: string | null;
  ownerName: string | null;
  parentId: string | null;
  weight: string | null;
  acknowledgedAt: Date | null;
  childCount: number;
  childSum: string;
  updatedAt: Date;
}

export interface TargetFilter {
  periodId?: string;
  metricId?: string;
  employeeId?: string;
  orgUnitId?: string;
  parentId?: string;
  id?: string;
  /** Only targets of these people and units (a manager's reach); null for everyone. */
  employeeIds: string[] | null;
  unitIds: string[] | null;
}

/** Targets with their holders' names and what their cascaded children add up to. */
@Injectable()
export class TargetsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(filter: TargetFilter, tx: Tx | null = null): Promise<TargetRow[]> {
    // Read model: identity's employees and org units joined for names only.
    return selectRows<TargetRow>(
      tx ?? this.dataSource,
      `select t.id, t.metric_id as "metricId", m.code as "metricCode", t.period_id as "periodId", p.key as "periodKey",
              t.employee_id as "employeeId", e.full_name as "employeeName", t.org_unit_id as "orgUnitId",
              u.name as "orgUnitName", u.kind::text as "orgUnitKind", t.value::text as value,
              t.specific, t.measurable, t.achievable, t.relevant, t.time_bound as "timeBound",
              t.owner_id as "ownerId", o.full_name as "ownerName", t.parent_id as "parentId", t.weight::text as weight,
              t.acknowledged_at as "acknowledgedAt", t.updated_at as "updatedAt",
              coalesce(c.n, 0)::int as "childCount", coalesce(c.total, 0)::text as "childSum"
         from targets t
         join metrics m on m.id = t.metric_id
         join fiscal_periods p on p.id = t.period_id
         left join employees e on e.id = t.employee_id
         left join org_units u on u.id = t.org_unit_id
         left join employees o on o.id = t.owner_id
         left join lateral (select count(*) as n, sum(k.value) as total from targets k where k.parent_id = t.id) c on true
        where ($1::uuid is null or t.period_id = $1) and ($2::uuid is null or t.metric_id = $2)
          and ($3::uuid is null or t.employee_id = $3) and ($4::uuid is null or t.org_unit_id = $4)
          and ($5::uuid is null or t.parent_id = $5) and ($6::uuid is null or t.id = $6)
          and ($7::uuid[] is null or t.employee_id = any($7) or t.org_unit_id = any($8))
        order by p.starts_on, m.code, t.org_unit_id is null, u.name, e.full_name
        limit 2000`,
      [
        filter.periodId ?? null,
        filter.metricId ?? null,
        filter.employeeId ?? null,
        filter.orgUnitId ?? null,
        filter.parentId ?? null,
        filter.id ?? null,
        filter.employeeIds,
        filter.unitIds ?? [],
      ],
    );
  }

  findForUpdate(tx: Tx, id: string): Promise<TargetEntity | null> {
    return tx.findOne(TargetEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findHolder(
    tx: Tx,
    holder: { metricId: string; periodId: string; employeeId: string | null; orgUnitId: string | null },
  ): Promise<TargetEntity | null> {
    return tx.findOne(TargetEntity, {
      where: {
        metricId: holder.metricId,
        periodId: holder.periodId,
        ...(holder.employeeId ? { employeeId: holder.employeeId } : { orgUnitId: holder.orgUnitId ?? '' }),
      },
      lock: { mode: 'pessimistic_write' },
    });
  }

  save(tx: Tx, target: Partial<TargetEntity>): Promise<TargetEntity> {
    return tx.save(TargetEntity, tx.create(TargetEntity, target));
  }

  /** Inserts a target or, when one exists for its holder, metric and period, takes the existing one. */
  async insertIgnoring(tx: Tx, target: Partial<TargetEntity>): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(TargetEntity)
      .values(target)
      .orIgnore()
      .returning('id')
      .execute();
    return result.raw.length > 0;
  }

  /** The units under a unit and the people placed directly in it (read model over identity's tables). */
  async cascadeChoices(unitId: string) {
    const [units, people] = await Promise.all([
      selectRows<{ id: string; name: string; kind: string }>(
        this.dataSource,
        `select id, name, kind::text as kind from org_units where parent_id = $1 order by name`,
        [unitId],
      ),
      selectRows<{ id: string; name: string }>(
        this.dataSource,
        `select id, full_name as name from employees where org_unit_id = $1 and status <> 'left' order by full_name`,
        [unitId],
      ),
    ]);
    return { units, people };
  }
}
