import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConflictError, InvalidInputError, selectRows } from '@cadre/api/core';
import { csvDocument } from '@cadre/shared/util';
import { periodOfKey } from '../runs/run-periods';

interface PayrollRow {
  employeeId: string;
  fullName: string;
  email: string;
  currency: string;
  payout: string;
  recovered: string;
  balance: string;
}

const HEADER = ['employee_id', 'name', 'email', 'currency', 'payout', 'recovered_draw', 'balance'];

/**
 * What payroll takes from a locked period: one row per person, the latest version of their
 * statement. Only a period whose every statement is locked is exported; cells are written
 * so that a spreadsheet never reads one as a formula.
 */
@Injectable()
export class PayrollService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async csv(periodKey: string): Promise<string> {
    if (!periodOfKey(periodKey))
      throw InvalidInputError.field('period', `"${periodKey}" is not a month or a quarter`, 'format');
    // Read model: identity's employees joined for names and emails.
    const rows = await selectRows<PayrollRow & { status: string }>(
      this.dataSource,
      `select distinct on (s.employee_id) s.employee_id as "employeeId", e.full_name as "fullName", e.email,
              s.currency, s.payout::text as payout, s.recovered::text as recovered, s.balance::text as balance, s.status
         from commission_statements s join employees e on e.id = s.employee_id
        where s.period_key = $1 and s.status <> 'recalculated'
        order by s.employee_id, s.version desc`,
      [periodKey],
    );
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
