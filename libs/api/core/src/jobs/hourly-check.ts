import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { todayIso } from '@cadre/shared/util';

const HOUR_MS = 3_600_000;

/**
 * A daily job's trigger in each process: at start, then every hour, it asks for today's
 * run (`DailyJobs.runOnce` makes the second ask a no-op), so a new day is noticed within
 * the hour. A failed run is logged and tried again at the next check.
 */
export abstract class HourlyCheck implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private readonly log = new Logger(this.constructor.name);

  /** The run for `date` (yyyy-mm-dd), unless that day's run happened. */
  abstract run(date: string): Promise<unknown>;

  onApplicationBootstrap(): void {
    const tick = (): void => {
      this.run(todayIso()).catch((error: unknown) => this.log.error(`daily run failed: ${String(error)}`));
    };
    tick();
    this.timer = setInterval(tick, HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
