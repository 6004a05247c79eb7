import { Injectable, inject, signal } from '@angular/core';
import { switchMap } from 'rxjs';
import type { LearningFileDto } from '@cadre/shared/contracts';
import { Notifier, saveFile } from '@cadre/web/core';
import { LearningApi } from '@cadre/web/learning/data-access';

/**
 * Opening a library resource: every open is counted (HR's view counts, and a learning
 * path's "read this" step). A link is a real link, so the browser opens it as any other
 * (no pop-up blocker in the way) while the open is recorded beside it; a file is
 * downloaded through the session once the open is recorded.
 */
@Injectable()
export class SalesResourceOpener {
  private readonly api = inject(LearningApi);
  private readonly notifier = inject(Notifier);

  /** The resource being downloaded, to disable its button meanwhile. */
  readonly busy = signal<string | null>(null);

  /** A link was followed: record it (the browser does the opening). */
  recordLink(resourceId: string): void {
    this.api.openResource(resourceId).subscribe({ error: (error: unknown) => this.notifier.error(error) });
  }

  /** Records the open, then saves this version's file under its name. */
  download(resourceId: string, file: LearningFileDto, record = true): void {
    this.busy.set(resourceId);
    const fetch = this.api.file(file.id);
    (record ? this.api.openResource(resourceId).pipe(switchMap(() => fetch)) : fetch).subscribe({
      next: (blob) => {
        this.busy.set(null);
        saveFile(blob, file.fileName);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.notifier.error(error);
      },
    });
  }
}
