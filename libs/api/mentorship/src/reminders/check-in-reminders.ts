import { Injectable } from '@nestjs/common';
import { DailyJobs, HourlyCheck, NotificationsService, type NewNotification, type Tx } from '@cadre/api/core';
import { PeopleLookup } from '@cadre/api/identity';
import { CheckInRemindersRepository } from './check-in-reminders.repository';

/**
 * Once a day (whichever API process gets there first, as learning's reminders do): "check-in
 * tomorrow" and "check-in overdue" to both sides of each active pairing. Each reminder is
 * keyed on the pairing, its due date and the recipient, so it is sent once however often
 * the job runs.
 */
@Injectable()
export class CheckInReminders extends HourlyCheck {
  constructor(
    private readonly jobs: DailyJobs,
    private readonly notifications: NotificationsService,
    private readonly people: PeopleLookup,
    private readonly reminders: CheckInRemindersRepository,
  ) {
    super();
  }

  /** The run for `date` (yyyy-mm-dd), unless that day's run happened. */
  async run(date: string): Promise<{ ran: boolean; sent: number }> {
    const outcome = await this.jobs.runOnce('mentoring-reminders', date, (tx) => this.remind(tx, date));
    return outcome.ran ? { ran: true, sent: outcome.result } : { ran: false, sent: 0 };
  }

  private async remind(tx: Tx, date: string): Promise<number> {
    const due = await this.reminders.due(tx, date);
    if (!due.length) return 0;
    const accounts = await this.people.accountsOf(tx, [
      ...new Set(due.flatMap((d) => [d.mentor_id, d.mentee_id])),
    ]);
    const notes: NewNotification[] = due.flatMap((d) =>
      [d.mentor_id, d.mentee_id].flatMap((employeeId) => {
        const userId = accounts.get(employeeId)?.userId;
        if (!userId) return [];
        return [
          {
            userId,
            kind: d.kind,
            params: { mentor: d.mentor_name, mentee: d.mentee_name, date: d.next_check_in_on },
            link: `/mentoring/pairings/${d.pairing_id}`,
            // Keys are unique across all users: each side's reminder has its own.
            dedupeKey: `${d.kind}:${d.pairing_id}:${d.next_check_in_on}:${employeeId}`,
          },
        ];
      }),
    );
    return this.notifications.notify(tx, notes);
  }
}
