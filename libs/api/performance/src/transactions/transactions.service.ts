import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AuditService,
  InvalidInputError,
  NotFoundError,
  TransactionRunner,
  type Principal,
} from '@cadre/api/core';
import type {
  CreateTransactionRequest,
  FieldError,
  FieldErrorCode,
  ImportProblemCode,
  SalesTransactionDto,
} from '@cadre/shared/contracts';
import { ImportsRepository, type StagedMetrics, type StagedRow } from '../imports/imports.repository';
import { ImportsService } from '../imports/imports.service';
import { problemReason } from '../imports/problem-report';
import { metricScale } from '../metrics/metric-scale';
import { MetricsRepository } from '../metrics/metrics.repository';
import { TransactionsRepository } from './transactions.repository';

/** The nearest field code of the API's errors for each row problem of an import. */
const FIELD_CODES: Record<ImportProblemCode, FieldErrorCode> = {
  required: 'required',
  column_count: 'format',
  formula: 'text',
  not_a_date: 'date',
  not_a_decimal: 'number',
  too_many_decimals: 'format',
  not_yes_no: 'yes_no',
  share_out_of_range: 'too_large',
  shares_not_one: 'incomplete',
  unknown_employee: 'no_such_record',
  no_open_period: 'date',
  closed_period: 'date',
  duplicate_external_id: 'listed_twice',
  inconsistent_transaction: 'format',
  unknown_original: 'no_such_record',
  no_values: 'required',
  too_long: 'too_long',
};

const FIELD_NAMES: Record<string, string> = {
  external_id: 'externalId',
  date: 'date',
  reverses: 'reverses',
  customer: 'customer',
  product_line: 'productLine',
  region: 'region',
  segment: 'segment',
  '*': 'credits',
};

/**
 * One transaction written through the API, by the same checks and merge as a file (its
 * credits are staged as a file's rows would be, in the caller's transaction): the same
 * rules, the same totals, and idempotent by source and external id.
 */
@Injectable()
export class TransactionsService {
  constructor(
    private readonly imports: ImportsRepository,
    private readonly importChecks: ImportsService,
    private readonly metrics: MetricsRepository,
    private readonly transactionsRead: TransactionsRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async record(principal: Principal, request: CreateTransactionRequest): Promise<SalesTransactionDto> {
    const all = await this.metrics.all();
    const codes = Object.keys(request.values);
    const errors: FieldError[] = [];
    for (const code of codes) {
      if (!all.some((m) => m.code === code))
        errors.push({ field: `values.${code}`, reason: `No metric "${code}"`, code: 'no_such_record' });
      else if (typeof request.values[code] !== 'string' || (request.values[code] ?? '').length > 40)
        errors.push({
          field: `values.${code}`,
          reason: 'must be a decimal number written as text',
          code: 'number',
        });
    }
    if (!codes.length)
      errors.push({ field: 'values', reason: 'Give at least one metric value', code: 'required' });
    if (errors.length) throw new InvalidInputError(errors);
    const used = all.filter((m) => codes.includes(m.code));
    const staged: StagedMetrics = {
      codes: used.map((m) => m.code),
      ids: used.map((m) => m.id),
      scales: used.map(metricScale),
    };
    const rows: StagedRow[] = request.credits.map((credit, i) => ({
      row_no: i + 2,
      field_count: 1,
      external_id: request.externalId,
      occurred_on: request.date,
      employee: credit.employee,
      share: credit.overlay ? '' : credit.share,
      overlay: credit.overlay ? 'true' : 'false',
      reverses: request.reverses ?? '',
      customer: request.customer ?? '',
      product_line: request.productLine ?? '',
      region: request.region ?? '',
      segment: request.segment ?? '',
      metric_values: used.map((m) => request.values[m.code] ?? null),
    }));
    const actor = { userId: principal.userId, email: principal.email };
    const id = await this.transactions.run(async (tx) => {
      await this.imports.lockCredits(tx);
      const stagingId = randomUUID();
      await this.imports.stageRows(tx, stagingId, rows);
      const problems = await this.importChecks.check(tx, stagingId, request.source, 1, staged);
      if (problems) {
        const found = await this.imports.problems(stagingId, null, 50, tx);
        // The transaction's own fields repeat on every credit's row: one error per field.
        const errors = new Map<string, FieldError>();
        for (const p of found) {
          const field =
            FIELD_NAMES[p.column] ??
            (['employee', 'share', 'overlay'].includes(p.column)
              ? `credits[${p.row - 2}].${p.column}`
              : `values.${p.column}`);
          errors.set(`${field} ${p.code}`, {
            field,
            reason: problemReason(p, 'en'),
            code: FIELD_CODES[p.code],
            ...(p.params ? { params: p.params } : {}),
          });
        }
        throw new InvalidInputError([...errors.values()]);
      }
      const counts = await this.imports.classify(tx, request.source);
      await this.imports.merge(tx, request.source, staged, async () => undefined);
      await this.audit.recordSelected(
        tx,
        { action: 'sales_transaction.update', entityType: 'sales_transaction', actor },
        this.imports.changedForAudit(),
      );
      const stored = await this.transactionsRead.idOf(tx, request.source, request.externalId);
      if (!stored) throw new NotFoundError('Transaction');
      if (counts.created)
        await this.audit.record(tx, {
          action: 'sales_transaction.create',
          entityType: 'sales_transaction',
          entityId: stored,
          after: {
            source: request.source,
            externalId: request.externalId,
            date: request.date,
            values: request.values,
          },
          actor,
        });
      await this.imports.dropStaging(stagingId, tx);
      return stored;
    });
    const view = await this.transactionsRead.view(id);
    if (!view) throw new NotFoundError('Transaction', id);
    return view;
  }
}
