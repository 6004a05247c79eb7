import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DailyJobs, NotificationsService, selectRows, type NewNotification, type Tx } from '@cadre/api/core';
import { PeopleLookup } from '@cadre/api/identity';
import { today } from '../enrolments/enrolment.mapper';

/** A learner's enrolment, certification or task step that a reminder is about. */
interface Due {
  kind: 'learning.due_soon' | 'learning.overdue' | 'learning.cert_expiring' | 'learning.sign_off_waiting';
  employeeId: string;
  /** What the dedupe key is about: an enrolment, a certification, or an assignment's step. */
  about: string;
  date: string;
  titleEn: string;
  titleZh: string;
  link: string;
}

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
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const due = await selectRows<Due>(
      tx,
      `select 'learning.due_soon' as kind, e.employee_id as "employeeId", e.id::text as about, e.due_date::text as date,
              v.title_en as "titleEn", v.title_zh as "titleZh", '/learning/enrolments/' || e.id as link
         from enrolments e join course_versions v on v.id = e.course_version_id
        where e.completed_at is null and e.due_date between $1::date and $1::date + 3
       union all
       select 'learning.overdue', e.employee_id, e.id::text, e.due_date::text, v.title_en, v.title_zh,
              '/learning/enrolments/' || e.id
         from enrolments e join course_versions v on v.id = e.course_version_id
        where e.completed_at is null and e.due_date < $1::date
       union all
       select 'learning.cert_expiring', c.employee_id, c.id::text, (c.expires_at at time zone 'UTC')::date::text,
              v.title_en, v.title_zh, '/learning'
         from certifications c join course_versions v on v.id = c.course_version_id
        where c.expires_at >= $1::date and c.expires_at < $1::date + 31
          and not exists (select 1 from certifications newer
                           where newer.employee_id = c.employee_id and newer.code = c.code and newer.issued_at > c.issued_at)
       union all
       select 'learning.sign_off_waiting', a.employee_id, a.id || ':' || i.id, (a.start_date + i.due_offset_days)::text,
              i.task_title_en, i.task_title_zh, '/people/' || a.employee_id
         from curriculum_assignments a join curriculum_items i on i.curriculum_id = a.curriculum_id and i.kind = 'task'
        where a.start_date + i.due_offset_days <= $1::date + 3
          and not exists (select 1 from curriculum_task_sign_offs s where s.assignment_id = a.id and s.item_id = i.id)`,
      [date],
    );
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
