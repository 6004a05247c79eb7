import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
} from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import type {
  ReviewActionDto,
  ReviewActionRequest,
  ReviewCompletionDto,
  ReviewDto,
  ReviewSummaryDto,
  StartReviewRequest,
  UpdateReviewRequest,
} from '@cadre/shared/contracts';
import { AttainmentService } from '../attainment/attainment.service';
import { PeriodsRepository } from '../periods/periods.repository';
import type { ReviewEntity } from './review.entity';
import { ReviewsRepository, type ActionRow, type ReviewRow } from './reviews.repository';

const toSummary = (r: ReviewRow): ReviewSummaryDto => ({
  id: r.id,
  employeeId: r.employeeId,
  employeeName: r.employeeName,
  reviewerId: r.reviewerId,
  reviewerName: r.reviewerName,
  periodId: r.periodId,
  periodKey: r.periodKey,
  status: r.status,
  sharedAt: r.sharedAt?.toISOString() ?? null,
  acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
});

const toAction = (a: ActionRow): ReviewActionDto => ({
  id: a.id,
  reviewId: a.reviewId,
  periodKey: a.periodKey,
  text: a.text,
  kind: a.kind,
  reference: a.reference,
  ownerId: a.ownerId,
  ownerName: a.ownerName,
  dueOn: a.dueOn,
  doneAt: a.doneAt?.toISOString() ?? null,
});

/**
 * Reviews (复盘) of a closed period: the manager (or HR) holds one with each person in their
 * subtree, with the attainment as it stood, what worked and what did not, and actions; the
 * person sees it once shared and acknowledges it. Open actions come back on the next review.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly periods: PeriodsRepository,
    private readonly attainment: AttainmentService,
    private readonly access: EmployeeAccess,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, query: { periodId?: string }): Promise<ReviewSummaryDto[]> {
    const visible = await this.access.visibleEmployees(principal);
    const rows = await this.reviews.list({
      periodId: query.periodId,
      employeeIds: visible.all ? null : visible.ids,
      sharedOnlyFor: principal.employeeId,
    });
    return rows.map(toSummary);
  }

  async start(principal: Principal, request: StartReviewRequest): Promise<ReviewDto> {
    if (!principal.employeeId) throw new ForbiddenError('Only an employee holds reviews');
    if (request.employeeId === principal.employeeId)
      throw new ForbiddenError('Your own review is held by your manager');
    await this.access.assertCanSee(principal, request.employeeId);
    const period = await this.periods.byId(request.periodId);
    if (!period) throw InvalidInputError.field('periodId', 'No such fiscal period', 'no_such_record');
    if (!period.closed)
      throw new ConflictError(
        `${period.key} is still open: a review looks back on a closed period`,
        'period_open',
      );
    const figures = await this.attainment.figuresOf(request.employeeId, period);
    const reviewerId = principal.employeeId;
    const id = await this.transactions.run(async (tx) => {
      const found = await this.reviews.insertOrFind(tx, {
        employeeId: request.employeeId,
        reviewerId,
        periodId: period.id,
        figures,
      });
      if (!found) throw new NotFoundError('Review');
      if (found.created)
        await this.audit.record(tx, {
          action: 'review.start',
          entityType: 'performance_review',
          entityId: found.id,
          after: { employeeId: request.employeeId, period: period.key },
        });
      return found.id;
    });
    return this.get(principal, id);
  }

  async get(principal: Principal, id: string): Promise<ReviewDto> {
    const row = await this.reviews.view(id);
    if (!row) throw new NotFoundError('Review', id);
    const own = row.employeeId === principal.employeeId;
    // A draft is the reviewer's until shared: to the person it does not exist yet.
    if (own && row.status === 'draft') throw new NotFoundError('Review', id);
    if (!own) await this.access.assertCanSee(principal, row.employeeId);
    const review = await this.reviews.find(id);
    if (!review) throw new NotFoundError('Review', id);
    const period = await this.periods.byId(row.periodId);
    const [actions, earlier] = await Promise.all([
      this.reviews.actions(id),
      this.reviews.openEarlierActions(row.employeeId, period?.startsOn ?? '9999-12-31'),
    ]);
    return {
      ...toSummary(row),
      figures: review.figures,
      whatWorked: review.whatWorked,
      whatDidNot: review.whatDidNot,
      actions: actions.map(toAction),
      openEarlierActions: earlier.map(toAction),
      canEdit:
        !own && row.status !== 'acknowledged' && principal.permissions.includes('performance:set-targets'),
      canAcknowledge: own && row.status === 'shared',
    };
  }

  async update(principal: Principal, id: string, request: UpdateReviewRequest): Promise<ReviewDto> {
    await this.edit(principal, id, async (review) => {
      const before = { whatWorked: review.whatWorked, whatDidNot: review.whatDidNot };
      if (request.whatWorked !== undefined) review.whatWorked = request.whatWorked.trim();
      if (request.whatDidNot !== undefined) review.whatDidNot = request.whatDidNot.trim();
      return {
        action: 'review.update',
        before,
        after: { whatWorked: review.whatWorked, whatDidNot: review.whatDidNot },
      };
    });
    return this.get(principal, id);
  }

  async share(principal: Principal, id: string): Promise<ReviewDto> {
    await this.edit(principal, id, async (review) => {
      if (review.status !== 'draft')
        throw new ConflictError('This review is already shared', 'review_shared');
      if (!review.whatWorked || !review.whatDidNot)
        throw InvalidInputError.field(
          'whatWorked',
          'Write what worked and what did not before sharing',
          'incomplete',
        );
      review.status = 'shared';
      review.sharedAt = new Date();
      return { action: 'review.share', before: { status: 'draft' }, after: { status: 'shared' } };
    });
    return this.get(principal, id);
  }

  async addAction(principal: Principal, id: string, request: ReviewActionRequest): Promise<ReviewDto> {
    const row = await this.reviews.view(id);
    if (!row) throw new NotFoundError('Review', id);
    // The owner is the person reviewed or the reviewer: the two people at the table.
    if (request.ownerId !== row.employeeId && request.ownerId !== row.reviewerId)
      throw InvalidInputError.field(
        'ownerId',
        'An action belongs to the person reviewed or to the reviewer',
        'one_of',
      );
    if (request.kind !== 'task' && !request.reference?.trim())
      throw InvalidInputError.field('reference', 'Name the course or the mentoring goal', 'required');
    await this.edit(principal, id, async (review, tx) => {
      const action = await this.reviews.addAction(tx, {
        reviewId: review.id,
        text: request.text.trim(),
        kind: request.kind,
        reference: request.kind === 'task' ? null : (request.reference?.trim() ?? null),
        ownerId: request.ownerId,
        dueOn: request.dueOn,
      });
      return { action: 'review.add_action', before: null, after: { actionId: action.id, text: action.text } };
    });
    return this.get(principal, id);
  }

  /** The owner or the reviewer (anyone who may edit the review) marks an action done, once. */
  async completeAction(principal: Principal, id: string, actionId: string): Promise<ReviewDto> {
    const row = await this.reviews.view(id);
    if (!row) throw new NotFoundError('Review', id);
    if (row.employeeId !== principal.employeeId) await this.access.assertCanSee(principal, row.employeeId);
    await this.transactions.run(async (tx) => {
      const action = await this.reviews.findActionForUpdate(tx, actionId);
      if (!action || action.reviewId !== id) throw new NotFoundError('Action', actionId);
      if (action.ownerId !== principal.employeeId && row.employeeId === principal.employeeId)
        throw new ForbiddenError('Your manager marks their own actions done');
      if (action.doneAt) return;
      action.doneAt = new Date();
      await this.reviews.saveAction(tx, action);
      await this.audit.record(tx, {
        action: 'review.action_done',
        entityType: 'performance_review',
        entityId: id,
        after: { actionId },
      });
    });
    return this.get(principal, id);
  }

  async acknowledge(principal: Principal, id: string): Promise<ReviewDto> {
    await this.transactions.run(async (tx) => {
      const review = await this.reviews.findForUpdate(tx, id);
      if (!review || (review.employeeId === principal.employeeId && review.status === 'draft'))
        throw new NotFoundError('Review', id);
      if (review.employeeId !== principal.employeeId)
        throw new ForbiddenError('Only the person reviewed acknowledges the review');
      if (review.status === 'acknowledged') return;
      review.status = 'acknowledged';
      review.acknowledgedAt = new Date();
      await this.reviews.save(tx, review);
      await this.audit.record(tx, {
        action: 'review.acknowledge',
        entityType: 'performance_review',
        entityId: id,
        before: { status: 'shared' },
        after: { status: 'acknowledged' },
      });
    });
    return this.get(principal, id);
  }

  async completion(principal: Principal, periodId: string): Promise<ReviewCompletionDto[]> {
    const units = await this.access.visibleUnits(principal);
    if (!units.all && !units.ids.length) return [];
    return this.reviews.completion(periodId, units.all ? null : units.ids);
  }

  /** Reviewer-side changes: in scope, not one's own, not once acknowledged; audited. */
  private async edit(
    principal: Principal,
    id: string,
    change: (
      review: ReviewEntity,
      tx: Parameters<Parameters<TransactionRunner['run']>[0]>[0],
    ) => Promise<{ action: string; before: object | null; after: object }>,
  ): Promise<void> {
    const row = await this.reviews.view(id);
    if (!row) throw new NotFoundError('Review', id);
    if (row.employeeId === principal.employeeId) {
      if (row.status === 'draft') throw new NotFoundError('Review', id);
      throw new ForbiddenError('Your manager writes the review; you acknowledge it');
    }
    await this.access.assertCanSee(principal, row.employeeId);
    await this.transactions.run(async (tx) => {
      const review = await this.reviews.findForUpdate(tx, id);
      if (!review) throw new NotFoundError('Review', id);
      if (review.status === 'acknowledged')
        throw new ConflictError(
          'The person has acknowledged this review: it no longer changes',
          'review_acknowledged',
        );
      const entry = await change(review, tx);
      await this.reviews.save(tx, review);
      await this.audit.record(tx, { ...entry, entityType: 'performance_review', entityId: id });
    });
  }
}
