import { Injectable } from '@nestjs/common';
import {
  AuditService,
  DailyJobs,
  HourlyCheck,
  NotificationsService,
  type NewNotification,
  type Tx,
} from '@cadre/api/core';
import { PeopleLookup } from '@cadre/api/identity';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { RemindersRepository } from './reminders.repository';

/** A certification is renewed this many days before it expires: time to take the course again. */
export const RENEWAL_WINDOW_DAYS = 60;

/**
 * Once a day (whichever API process gets there first): renewal enrolments for
 * certifications expiring within 60 days (due the day they expire), then "due in 3 days", "overdue",
 * "certification expires in 30 days" to each learner, and "task awaiting your sign-off" to
 * their manager. Each reminder is sent once: the day's run happens once, and every
 * notification has a dedupe key. Each process checks hourly, so a new day is noticed.
 */
@Injectable()
export class LearningReminders extends HourlyCheck {
  constructor(
    private readonly jobs: DailyJobs,
    private readonly notifications: NotificationsService,
    private readonly people: PeopleLookup,
    private readonly reminders: RemindersRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly audit: AuditService,
  ) {
    super();
  }

  /** The run for `date` (yyyy-mm-dd): sends its reminders unless that day's run happened. */
  async run(date: string): Promise<{ ran: boolean; sent: number }> {
    const outcome = await this.jobs.runOnce('learning-reminders', date, (tx) => this.remind(tx, date));
    return outcome.ran ? { ran: true, sent: outcome.result } : { ran: false, sent: 0 };
  }

  private async remind(tx: Tx, date: string): Promise<number> {
    // Renewals first, so the expiry reminder below already points at the renewal.
    const renewals = await this.renew(tx, date);
    const due = await this.reminders.dueOn(tx, date);
    if (!due.length) return this.notifications.notify(tx, renewals);
    const accounts = await this.people.accountsOf(tx, [...new Set(due.map((d) => d.employeeId))]);
    const notes: NewNotification[] = due.flatMap((d) => {
      const account = accounts.get(d.employeeId);
      const userId = d.kind === 'learning.sign_off_waiting' ? account?.managerUserId : account?.userId;
      if (!userId) return [];
      return [
        {
          userId,
          kind: d.kind,
          params: { titleEn: d.titleEn, titleZh: d.titleZh, date: d.date },
          link: d.link,
          // Overdue and due-soon once per due date (a new date reminds again); the rest once.
          dedupeKey: `${d.kind}:${d.about}:${d.date}`,
        },
      ];
    });
    return this.notifications.notify(tx, [...renewals, ...notes]);
  }

  /** Enrols holders of soon-expiring certifications again; answers the notes telling them. */
  private async renew(tx: Tx, date: string): Promise<NewNotification[]> {
    const due = await this.reminders.renewalsDue(tx, date, RENEWAL_WINDOW_DAYS);
    if (!due.length) return [];
    const accounts = await this.people.accountsOf(tx, [...new Set(due.map((d) => d.employeeId))]);
    // Someone without an active account has left: nothing to renew.
    const added = await this.enrolments.enrolRenewals(
      tx,
      due.filter((d) => accounts.get(d.employeeId)?.userId),
    );
    await this.audit.recordMany(
      tx,
      added.map((enrolment) => ({
        action: 'enrolment.renew',
        entityType: 'enrolment',
        entityId: enrolment.id,
        after: { dueDate: enrolment.dueDate },
        actor: { userId: null, email: null },
      })),
    );
    return added.flatMap((a) => {
      const userId = accounts.get(a.employeeId)?.userId;
      if (!userId) return [];
      return [
        {
          userId,
          kind: 'learning.renewal',
          params: { titleEn: a.titleEn, titleZh: a.titleZh, date: a.dueDate },
          link: `/learning/enrolments/${a.id}`,
          dedupeKey: `learning.renewal:${a.id}`,
        },
      ];
    });
  }
}
