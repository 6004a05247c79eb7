import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { AdjustmentLineDto, DisputeDto } from '@cadre/shared/contracts';

interface DisputeRow extends Omit<DisputeDto, 'raisedAt' | 'resolvedAt'> {
  raisedAt: Date;
  resolvedAt: Date | null;
}

/** Read model: identity's employees and users joined for names. */
const SELECT = `
  select d.id, d.statement_id as "statementId", s.employee_id as "employeeId", e.full_name as "fullName",
         s.period_key as period, d.component,
         coalesce((select l ->> 'amount' from jsonb_array_elements(s.calculation -> 'lines') l
                    where l ->> 'component' = d.component), '0') as "lineAmount",
         coalesce((select l ->> 'name' from jsonb_array_elements(s.calculation -> 'lines') l
                    where l ->> 'component' = d.component), d.component) as "lineName",
         s.currency, d.reason, d.status, d.raised_at as "raisedAt", u.display_name as "resolvedBy",
         d.resolved_at as "resolvedAt", d.resolution,
         (select a.amount::text from pay_adjustments a where a.dispute_id = d.id) as adjustment
    from statement_disputes d
    join commission_statements s on s.id = d.statement_id
    join employees e on e.id = s.employee_id
    left join users u on u.id = d.resolved_by_user_id`;

const toDto = (r: DisputeRow): DisputeDto => ({
  ...r,
  raisedAt: r.raisedAt.toISOString(),
  resolvedAt: r.resolvedAt?.toISOString() ?? null,
});

export interface NewAdjustment {
  employeeId: string;
  /** Positive: paid to the person; negative: recovered. */
  amount: string;
  reason: string;
  sourceStatementId: string;
  disputeId: string | null;
}

export interface PendingAdjustment {
  id: string;
  employeeId: string;
  amount: string;
  reason: string;
  sourcePeriod: string;
}

@Injectable()
export class DisputesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(
    filter: { ids?: string[]; employeeIds?: string[] | null; statementId?: string; status?: string },
    tx: Tx | null = null,
  ): Promise<DisputeDto[]> {
    const rows = await selectRows<DisputeRow>(
      tx ?? this.dataSource,
      `${SELECT}
        where ($1::uuid[] is null or d.id = any($1)) and ($2::uuid[] is null or s.employee_id = any($2))
          and ($3::uuid is null or d.statement_id = $3) and ($4::text is null or d.status = $4)
        order by d.status = 'open' desc, d.raised_at desc
        limit 1000`,
      [filter.ids ?? null, filter.employeeIds ?? null, filter.statementId ?? null, filter.status ?? null],
    );
    return rows.map(toDto);
  }

  async insert(
    tx: Tx,
    statementId: string,
    component: string,
    reason: string,
    userId: string,
  ): Promise<string | null> {
    const rows = await selectRows<{ id: string }>(
      tx,
      `insert into statement_disputes (statement_id, component, reason, status, raised_by_user_id)
       select $1, $2, $3, 'open', $4
        where not exists (select 1 from statement_disputes
                           where statement_id = $1 and component = $2 and status = 'open')
       returning id`,
      [statementId, component, reason, userId],
    );
    return rows[0]?.id ?? null;
  }

  /** The dispute locked for its resolution: two resolvers take turns, the second finds it settled. */
  async lock(tx: Tx, id: string): Promise<{ status: string } | null> {
    const rows = await selectRows<{ status: string }>(
      tx,
      `select status from statement_disputes where id = $1 for update`,
      [id],
    );
    return rows[0] ?? null;
  }

  async resolve(tx: Tx, id: string, status: 'accepted' | 'rejected', userId: string, resolution: string) {
    await tx.query(
      `update statement_disputes set status = $2, resolved_by_user_id = $3, resolved_at = now(), resolution = $4
        where id = $1`,
      [id, status, userId, resolution],
    );
  }

  async addAdjustment(tx: Tx, adjustment: NewAdjustment): Promise<void> {
    await this.addAdjustments(tx, [adjustment]);
  }

  async addAdjustments(tx: Tx, adjustments: NewAdjustment[]): Promise<void> {
    if (!adjustments.length) return;
    await tx.query(
      `insert into pay_adjustments (employee_id, amount, reason, source_statement_id, dispute_id)
       select a.employee_id, a.amount::numeric, a.reason, a.source_statement_id, a.dispute_id
         from jsonb_to_recordset($1::jsonb) as a(employee_id uuid, amount text, reason text, source_statement_id uuid,
              dispute_id uuid)`,
      [
        JSON.stringify(
          adjustments.map((a) => ({
            employee_id: a.employeeId,
            amount: a.amount,
            reason: a.reason,
            source_statement_id: a.sourceStatementId,
            dispute_id: a.disputeId,
          })),
        ),
      ],
    );
  }

  /** Adjustments not yet on a statement, locked for the run that puts them on one. */
  pending(tx: Tx, employeeIds: string[]): Promise<PendingAdjustment[]> {
    return selectRows<PendingAdjustment>(
      tx,
      `select a.id, a.employee_id as "employeeId", a.amount::text as amount, a.reason, s.period_key as "sourcePeriod"
         from pay_adjustments a join commission_statements s on s.id = a.source_statement_id
        where a.employee_id = any($1::uuid[]) and a.applied_statement_id is null
        order by a.created_at
        for update of a`,
      [employeeIds],
    );
  }

  async apply(tx: Tx, pairs: { adjustmentId: string; statementId: string }[]): Promise<void> {
    if (!pairs.length) return;
    await tx.query(
      `update pay_adjustments a set applied_statement_id = p.statement_id
         from jsonb_to_recordset($1::jsonb) as p(adjustment_id uuid, statement_id uuid)
        where a.id = p.adjustment_id`,
      [JSON.stringify(pairs.map((p) => ({ adjustment_id: p.adjustmentId, statement_id: p.statementId })))],
    );
  }

  appliedTo(statementId: string): Promise<AdjustmentLineDto[]> {
    return selectRows<AdjustmentLineDto>(
      this.dataSource,
      `select a.id, a.amount::text as amount, a.reason, s.period_key as "sourcePeriod"
         from pay_adjustments a join commission_statements s on s.id = a.source_statement_id
        where a.applied_statement_id = $1 order by a.created_at`,
      [statementId],
    );
  }
}
