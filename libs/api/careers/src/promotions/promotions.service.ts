import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  NotificationsService,
  TransactionRunner,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import { EmployeeAccess, PeopleLookup } from '@cadre/api/identity';
import { todayIso } from '@cadre/shared/util';
import type { NominateRequest, PromotionAction, PromotionDto } from '@cadre/shared/contracts';
import { ReadinessReader } from '../readiness/readiness-reader.service';
import type { CareerCatalogue } from '../tracks/career-catalogue';
import { PromotionEffects } from './promotion-effects';
import { PromotionsRepository, type PromotionRow } from './promotions.repository';

/**
 * Promotions: the manager nominates with the readiness snapshot → HR reviews → the
 * next-level manager approves with a date → effective on that date (PromotionEffects).
 * Nobody acts on a nomination they made; a rep sees only their own.
 */
@Injectable()
export class PromotionsService {
  constructor(
    private readonly promotions: PromotionsRepository,
    private readonly reader: ReadinessReader,
    private readonly effects: PromotionEffects,
    private readonly access: EmployeeAccess,
    private readonly people: PeopleLookup,
    private readonly notifications: NotificationsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async nominate(principal: Principal, request: NominateRequest): Promise<PromotionDto> {
    if (request.employeeId === principal.employeeId)
      throw new ForbiddenError('Nobody nominates themselves: your manager nominates you');
    await this.access.assertCanSee(principal, request.employeeId);
    const catalogue = await this.reader.catalogue();
    const today = todayIso();
    const id = await this.transactions.run(async (tx) => {
      const [position] = await this.reader.currentPositions([request.employeeId], tx);
      if (!position) throw InvalidInputError.field('employeeId', 'has no career level yet', 'no_such_record');
      if (!catalogue.level(request.toLevelId))
        throw InvalidInputError.field('toLevelId', 'No such career level', 'no_such_record');
      if (!catalogue.nextLevels(position.levelId).some((l) => l.id === request.toLevelId))
        throw InvalidInputError.field(
          'toLevelId',
          'is not the next level of this person’s track, nor a move their level allows',
          'skips_level',
        );
      const readiness = (
        await this.reader.forPeople(
          catalogue,
          [{ employeeId: request.employeeId, levelId: request.toLevelId }],
          today,
          tx,
        )
      ).get(request.employeeId);
      if (!readiness) throw new NotFoundError('Employee', request.employeeId);
      const justification = request.justification?.trim() || null;
      if (readiness.percent !== '100.0' && !justification)
        throw InvalidInputError.field(
          'justification',
          `Readiness is ${readiness.percent}%: say why you nominate them now`,
          'reason_required',
        );
      const created = await this.promotions.insert(tx, {
        employeeId: request.employeeId,
        fromLevelId: position.levelId,
        toLevelId: request.toLevelId,
        readiness,
        justification,
        userId: principal.userId,
      });
      if (!created) throw new ConflictError('This person has a nomination in progress already', 'conflict');
      // HR reviews next: each HR user hears of it.
      const [made] = await this.promotions.list({ ids: [created] }, tx);
      const level = catalogue.level(request.toLevelId);
      const hr = await this.people.usersWithRole(tx, 'hr');
      await this.notifications.notify(
        tx,
        hr.map((userId) => ({
          userId,
          kind: 'careers.promotion_to_review',
          params: {
            name: made?.fullName ?? '',
            titleEn: level?.name.en ?? '',
            titleZh: level?.name.zh ?? '',
          },
          link: '/career/admin',
          dedupeKey: `promotion-review:${created}:${userId}`,
        })),
      );
      await this.audit.record(tx, {
        action: 'promotion.nominate',
        entityType: 'promotion',
        entityId: created,
        after: {
          employeeId: request.employeeId,
          fromLevelId: position.levelId,
          toLevelId: request.toLevelId,
          readiness: readiness.percent,
          justification,
        },
      });
      return created;
    });
    return this.get(principal, id, catalogue);
  }

  /** HR passes the nomination to the next-level manager (the nominee's manager's manager). */
  async review(principal: Principal, id: string, note: string | null): Promise<PromotionDto> {
    await this.transactions.run(async (tx) => {
      const row = await this.open(tx, id, 'awaiting_hr', principal);
      // The next-level manager: the manager's manager, or higher when that is who nominated
      // (a director nominating a grand-report); nobody above leaves it to an admin.
      const chain = await this.people.managerChain(tx, row.employeeId);
      const accounts = await this.people.accountsOf(tx, chain);
      const approver =
        chain.slice(1).find((id) => accounts.get(id)?.userId !== row.nominatedByUserId) ?? null;
      await this.promotions.review(tx, id, principal.userId, note?.trim() || null, approver);
      await this.audit.record(tx, {
        action: 'promotion.review',
        entityType: 'promotion',
        entityId: id,
        before: { status: row.status },
        after: { status: 'awaiting_approval', note, approverEmployeeId: approver },
      });
      if (approver) {
        const userId = accounts.get(approver)?.userId;
        if (userId)
          await this.notifications.notify(tx, [
            {
              userId,
              kind: 'careers.promotion_to_approve',
              params: { name: row.fullName },
              link: '/career/team',
              dedupeKey: `promotion-approve:${id}`,
            },
          ]);
      }
    });
    return this.get(principal, id);
  }

  /** The next-level manager approves with the date it takes effect; today's applies at once. */
  async approve(principal: Principal, id: string, effectiveOn: string): Promise<PromotionDto> {
    const today = todayIso();
    if (effectiveOn < today)
      throw InvalidInputError.field('effectiveOn', 'cannot be in the past', 'too_small', { min: today });
    await this.transactions.run(async (tx) => {
      const row = await this.open(tx, id, 'awaiting_approval', principal);
      await this.promotions.approve(tx, id, principal.userId, effectiveOn);
      await this.audit.record(tx, {
        action: 'promotion.approve',
        entityType: 'promotion',
        entityId: id,
        before: { status: row.status },
        after: { status: 'approved', effectiveOn },
      });
      if (effectiveOn <= today) await this.effects.apply(tx, id, today);
    });
    return this.get(principal, id);
  }

  async reject(principal: Principal, id: string, reason: string): Promise<PromotionDto> {
    await this.transactions.run(async (tx) => {
      const row = await this.promotions.lock(tx, id);
      if (!row) throw new NotFoundError('Promotion', id);
      if (!this.actionsFor(principal, row).includes('reject')) throw this.refusal(principal, row, 'reject');
      await this.promotions.reject(tx, id, principal.userId, reason);
      if (row.nominatedByUserId)
        await this.notifications.notify(tx, [
          {
            userId: row.nominatedByUserId,
            kind: 'careers.promotion_rejected',
            params: { name: row.fullName },
            link: `/career/people/${row.employeeId}`,
            dedupeKey: `promotion-rejected:${id}`,
          },
        ]);
      await this.audit.record(tx, {
        action: 'promotion.reject',
        entityType: 'promotion',
        entityId: id,
        before: { status: row.status },
        after: { status: 'rejected', reason },
      });
    });
    return this.get(principal, id);
  }

  /**
   * The promotions the caller may see: HR every one; a manager those of their subtree and
   * those awaiting their approval; anyone their own once decided.
   */
  async list(principal: Principal): Promise<PromotionDto[]> {
    const catalogue = await this.reader.catalogue();
    const visible = await this.access.visibleEmployees(principal);
    const rows = await this.promotions.list(
      visible.all ? {} : { employeeIds: visible.ids, orApprover: principal.employeeId },
    );
    return rows
      .filter((r) => !this.ownUndecided(principal, r))
      .map((r) => this.toDto(principal, r, catalogue));
  }

  /** A person's promotions, for their career page: as `list` decides who sees which. */
  async ofEmployee(
    principal: Principal,
    employeeId: string,
    catalogue: CareerCatalogue,
  ): Promise<PromotionDto[]> {
    const rows = await this.promotions.list({ employeeIds: [employeeId] });
    return rows
      .filter((r) => !this.ownUndecided(principal, r))
      .map((r) => this.toDto(principal, r, catalogue));
  }

  /** One's own nomination stays with those who decide on it until it is decided. */
  private ownUndecided(principal: Principal, r: PromotionRow): boolean {
    return r.employeeId === principal.employeeId && r.status !== 'effective' && r.status !== 'rejected';
  }

  private async get(principal: Principal, id: string, catalogue?: CareerCatalogue): Promise<PromotionDto> {
    const [row] = await this.promotions.list({ ids: [id] });
    if (!row) throw new NotFoundError('Promotion', id);
    return this.toDto(principal, row, catalogue ?? (await this.reader.catalogue()));
  }

  private async open(tx: Tx, id: string, status: PromotionRow['status'], principal: Principal) {
    const row = await this.promotions.lock(tx, id);
    if (!row) throw new NotFoundError('Promotion', id);
    const action: PromotionAction = status === 'awaiting_hr' ? 'review' : 'approve';
    if (!this.actionsFor(principal, row).includes(action)) throw this.refusal(principal, row, action);
    return row;
  }

  private refusal(principal: Principal, row: PromotionRow, action: PromotionAction): Error {
    if (row.nominatedByUserId === principal.userId)
      return new ForbiddenError('You nominated this person: someone else decides on the nomination');
    if (row.employeeId === principal.employeeId)
      return new ForbiddenError('Nobody decides on their own promotion');
    const expected = action === 'review' ? 'awaiting_hr' : 'awaiting_approval';
    if (
      row.status !== expected &&
      !(action === 'reject' && ['awaiting_hr', 'awaiting_approval'].includes(row.status))
    )
      return new ConflictError(
        `This nomination is ${row.status.replace('_', ' ')}, not open to ${action}`,
        'wrong_state',
      );
    return new ForbiddenError(
      row.status === 'awaiting_hr'
        ? 'HR reviews a nomination first'
        : 'The next-level manager approves this nomination',
    );
  }

  /** What the caller may do with a nomination now; never on their own or one they made. */
  private actionsFor(principal: Principal, row: PromotionRow): PromotionAction[] {
    if (row.nominatedByUserId === principal.userId || row.employeeId === principal.employeeId) return [];
    const hr = principal.permissions.includes('careers:manage');
    if (row.status === 'awaiting_hr') return hr ? ['review', 'reject'] : [];
    if (row.status === 'awaiting_approval') {
      const approver =
        row.approverEmployeeId !== null
          ? row.approverEmployeeId === principal.employeeId
          : principal.roles.includes('admin');
      // HR may still withdraw what it passed on; only the approver approves.
      return approver ? ['approve', 'reject'] : hr ? ['reject'] : [];
    }
    return [];
  }

  private toDto(principal: Principal, r: PromotionRow, catalogue: CareerCatalogue): PromotionDto {
    const name = (levelId: string) => catalogue.level(levelId)?.name ?? { en: '', zh: '' };
    return {
      id: r.id,
      employeeId: r.employeeId,
      fullName: r.fullName,
      fromLevel: { id: r.fromLevelId, name: name(r.fromLevelId) },
      toLevel: { id: r.toLevelId, name: name(r.toLevelId) },
      status: r.status,
      readiness: r.readiness,
      justification: r.justification,
      nominatedBy: r.nominatedBy,
      nominatedAt: r.nominatedAt.toISOString(),
      hrNote: r.hrNote,
      hrReviewedBy: r.hrReviewedBy,
      approverName: r.approverName,
      approvedBy: r.approvedBy,
      effectiveOn: r.effectiveOn,
      appliedAt: r.appliedAt?.toISOString() ?? null,
      rejectionReason: r.rejectionReason,
      rejectedBy: r.rejectedBy,
      actions: this.actionsFor(principal, r),
    };
  }
}
