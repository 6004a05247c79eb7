import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DailyJobs, NotificationsService, type NewNotification, type Tx } from '@cadre/api/core';
import { PeopleLookup } from '@cadre/api/identity';
import { today } from '../enrolments/enrolment.mapper';
import { RemindersRepository } from './reminders.repository';

const HOUR_MS = 3_600_000;

/**
 * Once a day (whichever API process gets there first): "due in 3 days", "overdue",
 * "certification expires in 30 days" to each learner, and "task awaiting your sign-off" to
 * their manager. Each reminder is sent once: the day's run happens once, and every
 * notification has a dedupe key. Each process checks hourly, so a new day is noticed.
 */
@Injectable()
export class LearningReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LearningReminders.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly jobs: DailyJobs,
    private readonly notifications: NotificationsService,
    private readonly people: PeopleLookup,
    private readonly reminders: RemindersRepository,
  ) {}

  onApplicationBootstrap(): void {
    const tick = (): void => {
      this.run(today()).catch((error: unknown) =>
        this.logger.error(`learning reminders failed: ${String(error)}`),
      );
    };
    tick();
    this.timer = setInterval(tick, HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** The run for `date` (yyyy-mm-dd): sends its reminders unless that day's run happened. */
  async run(date: string): Promise<{ ran: boolean; sent: number }> {
    const outcome = await this.jobs.runOnce('learning-reminders', date, (tx) => this.remind(tx, date));
    return outcome.ran ? { ran: true, sent: outcome.result } : { ran: false, sent: 0 };
  }

  private async remind(tx: Tx, date: string): Promise<number> {
    const due = await this.reminders.dueOn(tx, date);
    if (!due.length) return 0;
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
    return this.notifications.notify(tx, notes);
  }
}
