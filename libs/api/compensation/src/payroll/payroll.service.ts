import { Injectable } from '@nestjs/common';
import { ConflictError, InvalidInputError } from '@cadre/api/core';
import { csvDocument } from '@cadre/shared/util';
import { periodOfKey } from '../runs/run-periods';
import { StatementsRepository } from '../statements/statements.repository';

const HEADER = ['employee_id', 'name', 'email', 'currency', 'payout', 'recovered_draw', 'balance'];

/**
 * What payroll takes from a locked period: one row per person, the latest version of their
 * statement. Only a period whose every statement is locked is exported; cells are written
 * so that a spreadsheet never reads one as a formula.
 */
@Injectable()
export class PayrollService {
  constructor(private readonly statements: StatementsRepository) {}

  async csv(periodKey: string): Promise<string> {
    if (!periodOfKey(periodKey))
      throw InvalidInputError.field('period', `"${periodKey}" is not a month or a quarter`, 'format');
    const rows = await this.statements.payrollRows(periodKey);
    if (!rows.length) throw new ConflictError(`Nothing was calculated for ${periodKey}`, 'nothing_to_export');
    const open = rows.filter((r) => r.status !== 'locked').length;
    if (open)
      throw new ConflictError(
        `${open} statements of ${periodKey} are not locked yet: payroll takes a period once finance has locked it all`,
        'period_not_locked',
      );
    rows.sort((a, b) => a.fullName.localeCompare(b.fullName));
    return csvDocument([
      HEADER,
      ...rows.map((r) => [r.employeeId, r.fullName, r.email, r.currency, r.payout, r.recovered, r.balance]),
    ]);
  }
}
