import { Injectable } from '@nestjs/common';
import type { Tx } from '@cadre/api/core';

/**
 * Someone changed org unit or left (or came back). `from` and `to` are the units their
 * work counted under before and after: null while they have left.
 */
export interface EmployeeMove {
  employeeId: string;
  from: string | null;
  to: string | null;
}

export type EmployeeMovesListener = (tx: Tx, moves: readonly EmployeeMove[]) => Promise<void>;

/**
 * Identity's event for contexts above it that keep figures per org unit (learning's
 * per-unit course counts): they subscribe when their module starts, and hear of every move
 * inside the mover's transaction, so their figures change with the move or not at all.
 */
@Injectable()
export class EmployeeMoves {
  private readonly listeners: EmployeeMovesListener[] = [];

  subscribe(listener: EmployeeMovesListener): void {
    this.listeners.push(listener);
  }

  /** Called by identity's writers of an employee's unit or status; moves that move nothing are dropped. */
  async publish(tx: Tx, moves: readonly EmployeeMove[]): Promise<void> {
    const real = moves.filter((m) => m.from !== m.to);
    if (!real.length) return;
    // One after another: they share the transaction's connection.
    for (const listener of this.listeners) await listener(tx, real);
  }
}

/** The unit someone's work counts under: none once they have left. */
export function countedUnit(employee: { orgUnitId: string; status: string }): string | null {
  return employee.status === 'left' ? null : employee.orgUnitId;
}
