import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { selectRows, type Tx } from '@cadre/api/core';
import type { ReviewActionKind, ReviewStatus } from '@cadre/shared/contracts';
import { ReviewActionEntity, ReviewEntity } from './review.entity';

export interface ReviewRow {
  id: string;
  employeeId: string;
  employeeName: string;
  reviewerId: string;
  reviewerName: string;
  periodId: string;
  periodKey: string;
  status: ReviewStatus;
  sharedAt: Date | null;
  acknowledgedAt: Date | null;
}

export interface ActionRow {
  id: string;
  reviewId: string;
  periodKey: string;
  text: string;
  kind: ReviewActionKind;
  reference: string | null;
  ownerId: string;
  ownerName: string;
  dueOn: string;
  doneAt: Date | null;
}

// Read model: identity's employees joined for names only.
const REVIEW_VIEW = `select r.id, r.employee_id as "employeeId", e.full_name as "employeeName", r.reviewer_id as "reviewerId",
         m.full_name as "reviewerName", r.period_id as "periodId", p.key as "periodKey", r.status,
         r.shared_at as "sharedAt", r.acknowledged_at as "acknowledgedAt"
    from performance_reviews r join employees e on e.id = r.employee_id join employees m on m.id = r.reviewer_id
    join fiscal_periods p on p.id = r.period_id`;

const ACTION_VIEW = `select a.id, a.review_id as "reviewId", p.key as "periodKey", a.text, a.kind, a.reference,
         a.owner_id as "ownerId", o.full_name as "ownerName", a.due_on::text as "dueOn", a.done_at as "doneAt"
    from performance_review_actions a join performance_reviews r on r.id = a.review_id
    join fiscal_periods p on p.id = r.period_id join employees o on o.id = a.owner_id`;

/** Reviews (复盘), their actions, and completion per unit. */
@Injectable()
export class ReviewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(filter: { periodId?: string; employeeIds: string[] | null; sharedOnlyFor?: string | null }) {
    return selectRows<ReviewRow>(
      this.dataSource,
      `${REVIEW_VIEW}
        where ($1::uuid is null or r.period_id = $1) and ($2::uuid[] is null or r.employee_id = any($2))
          and ($3::uuid is null or r.employee_id <> $3 or r.status <> 'draft')
        order by p.starts_on desc, e.full_name limit 500`,
      [filter.periodId ?? null, filter.employeeIds, filter.sharedOnlyFor ?? null],
    );
  }

  async view(id: string, tx: Tx | null = null): Promise<ReviewRow | null> {
    return (
      (await selectRows<ReviewRow>(tx ?? this.dataSource, `${REVIEW_VIEW} where r.id = $1`, [id]))[0] ?? null
    );
  }

  find(id: string, tx: Tx | null = null): Promise<ReviewEntity | null> {
    return (tx ?? this.dataSource.manager).findOneBy(ReviewEntity, { id });
  }

  findForUpdate(tx: Tx, id: string): Promise<ReviewEntity | null> {
    return tx.findOne(ReviewEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts the review unless one exists for the person and period; answers its id either way. */
  async insertOrFind(
    tx: Tx,
    review: Pick<ReviewEntity, 'employeeId' | 'reviewerId' | 'periodId' | 'figures'>,
  ) {
    const rows = await selectRows<{ id: string; created: boolean }>(
      tx,
      `with inserted as (
         insert into performance_reviews (employee_id, reviewer_id, period_id, status, figures)
         values ($1, $2, $3, 'draft', $4) on conflict (employee_id, period_id) do nothing returning id)
       select id, true as created from inserted
       union all
       select id, false from performance_reviews where employee_id = $1 and period_id = $3
       limit 1`,
      [review.employeeId, review.reviewerId, review.periodId, JSON.stringify(review.figures)],
    );
    return rows[0] ?? null;
  }

  save(tx: Tx, review: ReviewEntity): Promise<ReviewEntity> {
    return tx.save(ReviewEntity, review);
  }

  actions(reviewId: string) {
    return selectRows<ActionRow>(
      this.dataSource,
      `${ACTION_VIEW} where a.review_id = $1 order by a.due_on, a.created_at`,
      [reviewId],
    );
  }

  /** Open actions of the person's reviews of earlier periods. */
  openEarlierActions(employeeId: string, before: string) {
    return selectRows<ActionRow>(
      this.dataSource,
      `${ACTION_VIEW} where r.employee_id = $1 and p.starts_on < $2 and a.done_at is null order by a.due_on`,
      [employeeId, before],
    );
  }

  addAction(
    tx: Tx,
    action: Pick<ReviewActionEntity, 'reviewId' | 'text' | 'kind' | 'reference' | 'ownerId' | 'dueOn'>,
  ): Promise<ReviewActionEntity> {
    return tx.save(ReviewActionEntity, tx.create(ReviewActionEntity, action));
  }

  findActionForUpdate(tx: Tx, id: string): Promise<ReviewActionEntity | null> {
    return tx.findOne(ReviewActionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveAction(tx: Tx, action: ReviewActionEntity): Promise<ReviewActionEntity> {
    return tx.save(ReviewActionEntity, action);
  }

  /**
   * Per unit (its whole subtree): people with credits or targets in the period's reach are
   * not known here, so everyone placed below counts; reviews started, shared, acknowledged.
   * Read model over identity's units and employees. $1 the period, $2 the units (null: all).
   */
  completion(periodId: string, unitIds: string[] | null) {
    return selectRows<{
      orgUnitId: string;
      name: string;
      kind: string;
      people: number;
      started: number;
      shared: number;
      acknowledged: number;
    }>(
      this.dataSource,
      `with recursive tree as (
         select id, id as root from org_units where $2::uuid[] is null or id = any($2)
         union all
         select c.id, t.root from org_units c join tree t on c.parent_id = t.id),
       people as (
         select t.root, e.id from tree t join employees e on e.org_unit_id = t.id
          -- As the team view lists them: everyone who has not left and was hired by the period's
          -- end, but the units' managers (whose reviews are held a level up).
          where e.status <> 'left'
            and e.hire_date <= (select ends_on from fiscal_periods where id = $1)
            and not exists (select 1 from org_units m where m.manager_id = e.id))
       select u.id as "orgUnitId", u.name, u.kind::text as kind, count(p.id)::int as people,
              count(r.id)::int as started,
              count(r.id) filter (where r.status in ('shared', 'acknowledged'))::int as shared,
              count(r.id) filter (where r.status = 'acknowledged')::int as acknowledged
         from org_units u join people p on p.root = u.id
         left join performance_reviews r on r.employee_id = p.id and r.period_id = $1
        group by u.id, u.name, u.kind order by u.name`,
      [periodId, unitIds],
    );
  }
}
