import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import { CommissionPlanEntity, PlanVersionEntity } from './plan.entity';

export interface PlanListRow {
  id: string;
  code: string;
  name: string;
  currency: string;
  period: 'month' | 'quarter';
  assignments: number;
}

@Injectable()
export class PlansRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every plan, or just one. */
  list(id: string | null = null): Promise<PlanListRow[]> {
    return selectRows<PlanListRow>(
      this.dataSource,
      `select p.id, p.code, p.name, p.currency, p.period,
              (select count(*)::int from plan_assignments a where a.plan_id = p.id) as assignments
         from commission_plans p where $1::uuid is null or p.id = $1 order by p.code`,
      [id],
    );
  }

  versionsOf(planIds: string[], tx: Tx | null = null): Promise<PlanVersionEntity[]> {
    if (!planIds.length) return Promise.resolve([]);
    return (tx ?? this.dataSource.manager)
      .createQueryBuilder(PlanVersionEntity, 'v')
      .where('v.plan_id = any(:ids)', { ids: planIds })
      .orderBy('v.version', 'DESC')
      .getMany();
  }

  byId(id: string, tx: Tx | null = null): Promise<CommissionPlanEntity | null> {
    return (tx ?? this.dataSource.manager).findOneBy(CommissionPlanEntity, { id });
  }

  /** The plan row locked: versions of one plan are numbered and published one at a time. */
  async lock(tx: Tx, id: string): Promise<CommissionPlanEntity | null> {
    return tx
      .createQueryBuilder(CommissionPlanEntity, 'p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne();
  }

  async insertPlan(
    tx: Tx,
    plan: Omit<CommissionPlanEntity, 'id' | 'createdAt'>,
  ): Promise<CommissionPlanEntity | null> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `insert into commission_plans (code, name, currency, period) values ($1, $2, $3, $4)
       on conflict (code) do nothing returning id`,
      [plan.code, plan.name, plan.currency, plan.period],
    );
    return rows[0] ? tx.findOneByOrFail(CommissionPlanEntity, { id: rows[0].id }) : null;
  }

  async updateName(tx: Tx, id: string, name: string): Promise<void> {
    await tx.update(CommissionPlanEntity, { id }, { name });
  }

  insertVersion(tx: Tx, version: Omit<PlanVersionEntity, 'id' | 'createdAt' | 'publishedAt'>) {
    return tx.save(PlanVersionEntity, tx.create(PlanVersionEntity, { ...version, publishedAt: null }));
  }

  saveVersion(tx: Tx, version: PlanVersionEntity) {
    return tx.save(PlanVersionEntity, version);
  }

  /** The published version that pays in a period: the latest to take effect by its last day. */
  async effectiveVersion(tx: Tx | null, planId: string, lastDay: string): Promise<PlanVersionEntity | null> {
    return (tx ?? this.dataSource.manager)
      .createQueryBuilder(PlanVersionEntity, 'v')
      .where(`v.plan_id = :planId and v.status = 'published' and v.effective_from <= :lastDay`, {
        planId,
        lastDay,
      })
      .orderBy('v.effective_from', 'DESC')
      .addOrderBy('v.version', 'DESC')
      .getOne();
  }
}
