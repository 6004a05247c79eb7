import { Injectable } from '@nestjs/common';
import { selectRows, type Tx } from '@cadre/api/core';

export interface CheckInDueRow {
  pairing_id: string;
  mentor_id: string;
  mentee_id: string;
  mentor_name: string;
  mentee_name: string;
  next_check_in_on: string;
  kind: 'mentorship.check_in_due' | 'mentorship.check_in_overdue';
}

/** Active pairings whose next check-in is tomorrow or has passed. Read model: names from identity's employees. */
@Injectable()
export class CheckInRemindersRepository {
  due(tx: Tx, date: string): Promise<CheckInDueRow[]> {
    return selectRows<CheckInDueRow>(
      tx,
      `select p.id as pairing_id, p.mentor_id, p.mentee_id, m.full_name as mentor_name, t.full_name as mentee_name,
              p.next_check_in_on::text as next_check_in_on,
              case when p.next_check_in_on < $1::date then 'mentorship.check_in_overdue'
                   else 'mentorship.check_in_due' end as kind
         from mentorship_pairings p
         join employees m on m.id = p.mentor_id join employees t on t.id = p.mentee_id
        where p.status = 'active' and p.next_check_in_on <= $1::date + 1`,
      [date],
    );
  }
}
