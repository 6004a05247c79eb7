import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TransactionRunner,
  type Principal,
  type Tx,
} from '@cadre/api/core';
import { EmployeeAccess } from '@cadre/api/identity';
import { TargetsLookup } from '@cadre/api/performance';
import type {
  StatementLineCreditsDto,
  StatementQueueDto,
  StatementQueuePeriodDto,
  StatementDecisionRequest,
  StatementDto,
  StatementRejectionRequest,
  StatementStatus,
  StatementSummaryDto,
} from '@cadre/shared/contracts';
import { AssignmentsRepository } from '../assignments/assignments.repository';
import { DisputesRepository } from '../disputes/disputes.repository';
import { basesOf } from '@cadre/compensation/engine';
import { parseStoredPlan } from '../plans/plan-document';
import { periodOfKey } from '../runs/run-periods';
import { metricsRead, toStatementDto, toStatementSummaryDto } from './statement.mapper';
import { StatementsRepository, type StatementRow } from './statements.repository';

const can = (p: Principal, permission: Principal['permissions'][number]) =>
  p.permissions.includes(permission);

/**
 * Statements and their approval: the payee's manager first (never their own), then finance
 * (never the person who gave the first approval), which locks. A rep reads their own
 * statements once locked, never a draft.
 */
@Injectable()
export class StatementsService {
  constructor(
    private readonly statements: StatementsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly disputes: DisputesRepository,
    private readonly access: EmployeeAccess,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly targets: TargetsLookup,
  ) {}

  /** Finance: everyone's. A manager: their subtree's. Anyone: their own, only once locked. */
  async list(
    p: Principal,
    query: { period?: string; status?: StatementStatus },
  ): Promise<StatementSummaryDto[]> {
    // Finance sees everyone's, but its own (if it is paid too) only once locked, as anyone.
    if (can(p, 'compensation:manage'))
      return (await this.statements.list(query))
        .filter((s) => s.employeeId !== p.employeeId || s.status === 'locked')
        .map(toStatementSummaryDto);
    const own = p.employeeId
      ? await this.statements.list({ ...query, employeeIds: [p.employeeId], lockedOnly: true })
      : [];
    if (!can(p, 'compensation:approve-team')) return own.map(toStatementSummaryDto);
    const visible = await this.access.visibleEmployees(p);
    const team = (
      await this.statements.list({ ...query, employeeIds: visible.all ? null : visible.ids })
    ).filter((s) => s.employeeId !== p.employeeId);
    return [...team, ...own].map(toStatementSummaryDto);
  }

  /**
   * An approval queue, a page at a time: a manager's (`team`: the subtree's drafts to approve)
   * or finance's (`finance`: what managers approved, to lock). Never one's own statements.
   */
  async queue(
    p: Principal,
    query: { mode: 'team' | 'finance'; period?: string; offset: number; limit: number },
  ): Promise<StatementQueueDto> {
    const finance = query.mode === 'finance';
    if (!can(p, finance ? 'compensation:manage' : 'compensation:approve-team')) throw new ForbiddenError();
    let employeeIds: string[] | null = null;
    if (!finance) {
      const visible = await this.access.visibleEmployees(p);
      employeeIds = visible.all ? null : visible.ids;
    }
    const notMine = p.employeeId ?? null;
    const periods = await this.statements.queuePeriods(employeeIds, notMine);
    const awaiting = (q: StatementQueuePeriodDto) => (finance ? q.managerApproved : q.draft);
    const period = query.period ?? periods.find((q) => awaiting(q) > 0)?.period ?? periods[0]?.period ?? null;
    const rows = period
      ? await this.statements.list(
          { period, employeeIds, notEmployeeId: notMine },
          null,
          query.limit,
          query.offset,
        )
      : [];
    return {
      periods,
      period,
      offset: query.offset,
      limit: query.limit,
      rows: rows.map(toStatementSummaryDto),
    };
  }

  async get(p: Principal, id: string): Promise<StatementDto> {
    const [row] = await this.statements.list({ ids: [id] });
    if (!row || !(await this.maySee(p, row))) throw new NotFoundError('Statement', id);
    const calculation = await this.statements.calculation(id);
    if (!calculation) throw new NotFoundError('Statement', id);
    const history = (await this.statements.events(id)).map((e) => ({ ...e, at: e.at.toISOString() }));
    return toStatementDto(row, calculation, {
      earningsToDate: await this.statements.earningsToDate(row.employeeId, row.periodKey),
      history,
      adjustments: await this.disputes.appliedTo(id),
      disputes: await this.disputes.list({ statementId: id }),
      recalculations: (await this.statements.recalculationsOf(id)).map((r) => ({
        ...r,
        createdAt: r.createdAt.toISOString(),
      })),
      metrics: (await this.targets.metricNames(null, metricsRead(calculation))).map(
        ({ code, nameEn, nameZh }) => ({
          code,
          nameEn,
          nameZh,
        }),
      ),
    });
  }

  /** The sales behind one line of a statement the caller may read, 100 at a time, as credited now. */
  async lineCredits(
    p: Principal,
    id: string,
    component: string,
    offset: number,
  ): Promise<StatementLineCreditsDto> {
    const [row] = await this.statements.list({ ids: [id] });
    if (!row || !(await this.maySee(p, row))) throw new NotFoundError('Statement', id);
    const document = await this.statements.planDocumentOf(id);
    const period = periodOfKey(row.periodKey);
    if (!document || !period) throw new NotFoundError('Statement', id);
    const plan = parseStoredPlan(document, row.periodKey);
    const line = plan.components.find((c) => c.id === component);
    const basis = line && basesOf(plan).find((b) => b.key === line.basisKey);
    if (!line || !basis) throw new NotFoundError('Line', component);
    const limit = 100;
    const rows = await this.statements.lineCredits(
      basis,
      row.employeeId,
      period.first,
      period.last,
      limit,
      offset,
    );
    return {
      component,
      metric: line.metric,
      total: rows[0]?.totalCount ?? 0,
      offset,
      limit,
      credits: rows.map(({ totalCount: _total, ...credit }) => credit),
    };
  }

  /** The payee's manager approves drafts, all or none. */
  async managerApprove(p: Principal, request: StatementDecisionRequest): Promise<StatementSummaryDto[]> {
    const rows = await this.decide(p, request.statementIds, async (tx, rows) => {
      for (const row of rows)
        if (row.status !== 'draft')
          throw new ConflictError(
            `${row.fullName}'s statement for ${row.periodKey} is not a draft`,
            'not_draft',
          );
      const unacknowledged = await this.unacknowledged(tx, rows);
      if (unacknowledged.length)
        throw new ConflictError(
          `${unacknowledged.join(', ')} must acknowledge their plan before a statement is approved`,
          'plan_not_acknowledged',
        );
      await this.statements.managerApprove(
        tx,
        rows.map((r) => r.id),
        p.userId,
        request.comment,
      );
      await this.audit.recordMany(
        tx,
        rows.map((r) => this.auditOf(r, 'manager_approved', request.comment)),
      );
    });
    return rows.map(toStatementSummaryDto);
  }

  /** Finance gives the second approval, which locks: never the person who gave the first. */
  async financeApprove(p: Principal, request: StatementDecisionRequest): Promise<StatementSummaryDto[]> {
    const rows = await this.decide(p, request.statementIds, async (tx, rows) => {
      for (const row of rows) {
        if (row.status === 'locked')
          throw new ConflictError(
            `${row.fullName}'s statement for ${row.periodKey} is locked already`,
            'locked',
          );
        if (row.status !== 'manager_approved')
          throw new ConflictError(
            `${row.fullName}'s statement for ${row.periodKey} needs the manager's approval first`,
            'not_manager_approved',
          );
        if (row.managerApprovedByUserId === p.userId)
          throw new ForbiddenError(
            `You gave the first approval of ${row.fullName}'s statement: the second needs someone else`,
          );
      }
      await this.statements.financeApprove(
        tx,
        rows.map((r) => r.id),
        p.userId,
        request.comment,
      );
      await this.audit.recordMany(
        tx,
        rows.map((r) => this.auditOf(r, 'locked', request.comment)),
      );
    });
    return rows.map(toStatementSummaryDto);
  }

  /** Sends statements back to draft with a reason: a manager their team's drafts, finance any not locked. */
  async reject(p: Principal, request: StatementRejectionRequest): Promise<StatementSummaryDto[]> {
    if (!can(p, 'compensation:approve-team') && !can(p, 'compensation:manage'))
      throw new ForbiddenError('Only a manager or finance sends a statement back');
    const rows = await this.decide(p, request.statementIds, async (tx, rows) => {
      for (const row of rows) {
        if (row.status === 'locked')
          throw new ConflictError(`${row.fullName}'s statement for ${row.periodKey} is locked`, 'locked');
        if (!can(p, 'compensation:manage') && row.status !== 'draft')
          throw new ConflictError(`${row.fullName}'s statement is with finance now`, 'not_draft');
      }
      await this.statements.reject(
        tx,
        rows.map((r) => r.id),
        p.userId,
        request.reason,
      );
      await this.audit.recordMany(
        tx,
        rows.map((r) => this.auditOf(r, 'rejected', request.reason)),
      );
    });
    return rows.map(toStatementSummaryDto);
  }

  /**
   * Loads the statements, runs the access checks (before the transaction: they read through
   * identity's pool), then locks the rows and runs the state checks and the writes in one
   * transaction, so that two decisions on the same statement take turns.
   */
  private async decide(
    p: Principal,
    ids: string[],
    work: (tx: Tx, rows: StatementRow[]) => Promise<void>,
  ): Promise<StatementRow[]> {
    const unique = [...new Set(ids)];
    const before = await this.statements.list({ ids: unique });
    const missing = unique.find((id) => !before.some((r) => r.id === id));
    if (missing) throw new NotFoundError('Statement', missing);
    for (const row of before) {
      this.assertNotOwn(p, row);
      if (!(await this.maySee(p, row))) throw new NotFoundError('Statement', row.id);
    }
    await this.transactions.run(async (tx) => {
      await this.statements.lockForDecision(tx, unique);
      await work(tx, await this.statements.list({ ids: unique }, tx));
    });
    return this.statements.list({ ids: unique });
  }

  private async maySee(p: Principal, row: StatementRow): Promise<boolean> {
    if (row.employeeId === p.employeeId) return row.status === 'locked';
    if (can(p, 'compensation:manage')) return true;
    if (!can(p, 'compensation:approve-team')) return false;
    return this.access
      .assertCanSee(p, row.employeeId)
      .then(() => true)
      .catch(() => false);
  }

  private assertNotOwn(p: Principal, row: StatementRow): void {
    if (row.employeeId === p.employeeId || row.userId === p.userId)
      throw new ForbiddenError('Nobody approves or rejects their own statement');
  }

  /** Payees who have not acknowledged a plan assignment that started by the statement's period. */
  private async unacknowledged(tx: Tx, rows: StatementRow[]): Promise<string[]> {
    const assignments = await this.assignments.list({ employeeIds: rows.map((r) => r.employeeId) }, tx);
    return rows
      .filter((r) => {
        const last = periodOfKey(r.periodKey)?.last ?? '';
        return !assignments.some(
          (a) => a.employeeId === r.employeeId && a.acknowledgedAt && a.startsOn <= last,
        );
      })
      .map((r) => r.fullName);
  }

  private auditOf(row: StatementRow, verb: string, comment: string | null) {
    return {
      action: `commission_statement.${verb}`,
      entityType: 'commission_statement',
      entityId: row.id,
      before: { status: row.status },
      after: { employeeId: row.employeeId, period: row.periodKey, payout: row.payout, comment },
    };
  }
}
