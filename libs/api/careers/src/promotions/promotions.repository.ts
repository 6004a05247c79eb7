import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { PromotionStatus, ReadinessDto } from '@cadre/shared/contracts';

export interface PromotionRow {
  id: string;
  employeeId: string;
  fullName: string;
  fromLevelId: string;
  toLevelId: string;
  status: PromotionStatus;
  readiness: ReadinessDto;
  justification: string | null;
  nominatedByUserId: string | null;
  nominatedBy: string;
  nominatedAt: Date;
  hrNote: string | null;
  hrReviewedBy: string | null;
  approverEmployeeId: string | null;
  approverName: string | null;
  approvedBy: string | null;
  effectiveOn: string | null;
  appliedAt: Date | null;
  rejectionReason: string | null;
  rejectedBy: string | null;
}

export interface DuePromotion {
  employeeId: string;
  fullName: string;
  toLevelId: string;
  effectiveOn: string;
}

export interface PromotionFilter {
  ids?: string[];
  employeeIds?: string[];
  statuses?: PromotionStatus[];
  /** With `employeeIds`: also those awaiting this approver. */
  orApprover?: string | null;
}

/** Read model: identity's employees and users are joined for names only. */
const SELECT = `
  select p.id, p.employee_id as "employeeId", e.full_name as "fullName", p.from_level_id as "fromLevelId",
         p.to_level_id as "toLevelId", p.status, p.readiness, p.justification,
         p.nominated_by_user_id as "nominatedByUserId", coalesce(nu.display_name, '') as "nominatedBy",
         p.nominated_at as "nominatedAt", p.hr_note as "hrNote", hu.display_name as "hrReviewedBy",
         p.approver_employee_id as "approverEmployeeId", ae.full_name as "approverName",
         au.display_name as "approvedBy", p.effective_on::text as "effectiveOn", p.applied_at as "appliedAt",
         p.rejection_reason as "rejectionReason", ru.display_name as "rejectedBy"
    from promotions p
    join employees e on e.id = p.employee_id
    left join users nu on nu.id = p.nominated_by_user_id
    left join users hu on hu.id = p.hr_reviewed_by_user_id
    left join users au on au.id = p.approved_by_user_id
    left join users ru on ru.id = p.rejected_by_user_id
    left join employees ae on ae.id = p.approver_employee_id`;

@Injectable()
export class PromotionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(filter: PromotionFilter, tx?: Tx): Promise<PromotionRow[]> {
    return selectRows<PromotionRow>(
      tx ?? this.dataSource.manager,
      `${SELECT}
        where ($1::uuid[] is null or p.id = any($1)) and ($2::uuid[] is null or p.employee_id = any($2) or p.approver_employee_id = $4)
          and ($3::text[] is null or p.status = any($3))
        order by p.nominated_at desc limit 500`,
      [filter.ids ?? null, filter.employeeIds ?? null, filter.statuses ?? null, filter.orApprover ?? null],
    );
  }

  /** Inserts the nomination; null when the person has an open one already (the unique index decides). */
  async insert(
    tx: Tx,
    p: {
      employeeId: string;
      fromLevelId: string;
      toLevelId: string;
      readiness: ReadinessDto;
      justification: string | null;
      userId: string;
    },
  ): Promise<string | null> {
    const [row] = await selectRows<{ id: string }>(
      tx,
      `insert into promotions (employee_id, from_level_id, to_level_id, status, readiness, justification, nominated_by_user_id)
       values ($1, $2, $3, 'awaiting_hr', $4, $5, $6)
       on conflict (employee_id) where status in ('awaiting_hr', 'awaiting_approval', 'approved') do nothing
       returning id`,
      [p.employeeId, p.fromLevelId, p.toLevelId, JSON.stringify(p.readiness), p.justification, p.userId],
    );
    return row?.id ?? null;
  }

  async lock(tx: Tx, id: string): Promise<PromotionRow | null> {
    await tx.query(`select 1 from promotions where id = $1 for update`, [id]);
    const [row] = await this.list({ ids: [id] }, tx);
    return row ?? null;
  }

  async review(tx: Tx, id: string, userId: string, note: string | null, approverEmployeeId: string | null) {
    await tx.query(
      `update promotions set status = 'awaiting_approval', hr_reviewed_by_user_id = $2, hr_reviewed_at = now(),
              hr_note = $3, approver_employee_id = $4 where id = $1`,
      [id, userId, note, approverEmployeeId],
    );
  }

  async approve(tx: Tx, id: string, userId: string, effectiveOn: string) {
    await tx.query(
      `update promotions set status = 'approved', approved_by_user_id = $2, approved_at = now(), effective_on = $3
        where id = $1`,
      [id, userId, effectiveOn],
    );
  }

  async reject(tx: Tx, id: string, userId: string, reason: string) {
    await tx.query(
      `update promotions set status = 'rejected', rejected_by_user_id = $2, rejection_reason = $3 where id = $1`,
      [id, userId, reason],
    );
  }

  /**
   * Marks an approved promotion whose date has come as effective, once: the update is the
   * guard, so a second caller (another process, the daily job) finds nothing to apply.
   */
  async claimDue(tx: Tx, id: string, today: string): Promise<DuePromotion | null> {
    // Read model: identity's employees, for the name the notifications carry.
    const [row] = await selectRows<DuePromotion>(
      tx,
      `with applied as (
         update promotions set status = 'effective', applied_at = now()
          where id = $1 and status = 'approved' and effective_on <= $2::date
          returning employee_id, to_level_id, effective_on)
       select a.employee_id as "employeeId", e.full_name as "fullName", a.to_level_id as "toLevelId",
              a.effective_on::text as "effectiveOn"
         from applied a join employees e on e.id = a.employee_id`,
      [id, today],
    );
    return row ?? null;
  }

  /** Approved promotions due on or before the day, skipping those another process holds. */
  async due(tx: Tx, today: string): Promise<string[]> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `select id from promotions where status = 'approved' and effective_on <= $1::date
        order by effective_on, id for update skip locked`,
      [today],
    );
    return rows.map((r) => r.id);
  }
}
