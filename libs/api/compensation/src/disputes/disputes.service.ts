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
import { Decimal, minorUnits, parseDecimal, type Statement } from '@cadre/compensation/engine';
import type { DisputeDto, RaiseDisputeRequest, ResolveDisputeRequest } from '@cadre/shared/contracts';
import { StatementsRepository } from '../statements/statements.repository';
import { DisputesRepository } from './disputes.repository';

/** The largest adjustment one dispute may carry, paid or recovered: a typing slip stops here. */
export const MAX_ADJUSTMENT = '1000000';

const can = (p: Principal, permission: Principal['permissions'][number]) =>
  p.permissions.includes(permission);

/**
 * A payee disputes a line of their locked statement; the payee's manager or finance settles
 * it: rejected with a reason, or accepted with an adjustment that the next run puts on the
 * person's next statement. The locked statement itself never changes.
 */
@Injectable()
export class DisputesService {
  constructor(
    private readonly disputes: DisputesRepository,
    private readonly statements: StatementsRepository,
    private readonly access: EmployeeAccess,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Finance: all. A manager: their subtree's and their own. Anyone else: their own. */
  async list(p: Principal, status: string | undefined): Promise<DisputeDto[]> {
    if (can(p, 'compensation:manage')) return this.disputes.list({ status });
    const own = p.employeeId ? [p.employeeId] : [];
    if (!can(p, 'compensation:approve-team')) return this.disputes.list({ employeeIds: own, status });
    const visible = await this.access.visibleEmployees(p);
    return this.disputes.list({ employeeIds: visible.all ? null : [...visible.ids, ...own], status });
  }

  async raise(p: Principal, statementId: string, request: RaiseDisputeRequest): Promise<DisputeDto> {
    const [statement] = await this.statements.list({ ids: [statementId] });
    if (!statement || statement.employeeId !== p.employeeId || statement.status !== 'locked')
      throw new NotFoundError('Statement', statementId);
    const calculation = (await this.statements.calculation(statementId)) as Statement;
    const components = calculation.lines.map((l) => l.component);
    if (!components.includes(request.component))
      throw InvalidInputError.field(
        'component',
        `Must be one of the statement's lines: ${components.join(', ')}`,
        'one_of',
      );
    const id = await this.transactions.run(async (tx) => {
      const created = await this.disputes.insert(
        tx,
        statementId,
        request.component,
        request.reason,
        p.userId,
      );
      if (!created)
        throw new ConflictError(
          'This line is already disputed and waiting for an answer',
          'already_disputed',
        );
      await this.audit.record(tx, {
        action: 'statement_dispute.raised',
        entityType: 'commission_statement',
        entityId: statementId,
        after: { dispute: created, component: request.component, reason: request.reason },
      });
      return created;
    });
    return this.get(id);
  }

  async resolve(p: Principal, id: string, request: ResolveDisputeRequest): Promise<DisputeDto> {
    const dispute = await this.get(id);
    if (dispute.employeeId === p.employeeId) throw new ForbiddenError('Nobody settles their own dispute');
    if (!can(p, 'compensation:manage')) {
      if (!can(p, 'compensation:approve-team'))
        throw new ForbiddenError('Only a manager or finance settles a dispute');
      await this.access.assertCanSee(p, dispute.employeeId);
    }
    const amount = request.decision === 'accept' ? this.adjustment(request.amount, dispute.currency) : null;
    await this.transactions.run(async (tx) => {
      const current = await this.disputes.lock(tx, id);
      if (current?.status !== 'open')
        throw new ConflictError('This dispute is settled already', 'dispute_settled');
      await this.disputes.resolve(tx, id, amount ? 'accepted' : 'rejected', p.userId, request.resolution);
      if (amount)
        await this.disputes.addAdjustment(tx, {
          employeeId: dispute.employeeId,
          amount,
          reason: request.resolution,
          sourceStatementId: dispute.statementId,
          disputeId: id,
        });
      await this.audit.record(tx, {
        action: `statement_dispute.${amount ? 'accepted' : 'rejected'}`,
        entityType: 'commission_statement',
        entityId: dispute.statementId,
        before: { status: 'open' },
        after: { dispute: id, resolution: request.resolution, adjustment: amount },
      });
    });
    return this.get(id);
  }

  private adjustment(raw: string | null, currency: string): string {
    const amount = raw === null ? null : parseDecimal(raw);
    if (!amount || amount.isZero())
      throw InvalidInputError.field(
        'amount',
        'An accepted dispute needs the amount to adjust, not 0',
        'required',
      );
    if (amount.abs().greaterThan(MAX_ADJUSTMENT))
      throw InvalidInputError.field('amount', `At most ${MAX_ADJUSTMENT} either way`, 'too_large', {
        max: MAX_ADJUSTMENT,
      });
    const decimals = minorUnits(currency);
    if (amount.decimalPlaces() > decimals)
      throw InvalidInputError.field('amount', `At most ${decimals} decimals in ${currency}`, 'format');
    return new Decimal(amount).toFixed(decimals);
  }

  private async get(id: string): Promise<DisputeDto> {
    const [dispute] = await this.disputes.list({ ids: [id] });
    if (!dispute) throw new NotFoundError('Dispute', id);
    return dispute;
  }
}
