import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { EMPTY, firstValueFrom, lastValueFrom, map, switchMap, takeWhile, tap, timer } from 'rxjs';
import {
  FINISHED_IMPORT_STATUSES,
  IMPORT_MAX_BYTES,
  type ImportJobDto,
  type MetricDto,
} from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier, describeError, toAppError } from '@cadre/web/core';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { PerformanceApi } from '@cadre/web/performance/data-access';
import { ErrorStateComponent, LoadingBlockComponent, PageHeaderComponent } from '@cadre/web/ui';
import { headerCells, unmatchedColumns } from './import-header';
import { download } from './metric-format';
import { PerformanceTabsComponent } from './performance-tabs.component';
import { TABLE_STYLES } from './table-styles';

const running = (job: ImportJobDto) => !FINISHED_IMPORT_STATUSES.includes(job.status);

/**
 * HR loads credited transactions from a CSV file: choose the file (its header is read in
 * the browser, and columns that do not match are mapped here), watch it upload, be checked
 * and merged, download the problem report when rows are refused, and try again. A running
 * import is picked up again after a reload.
 */
@Component({
  selector: 'cadre-imports-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    LocalDatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    PerformanceTabsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header
        [title]="'performance.imports.title' | t"
        [subtitle]="'performance.imports.subtitle' | t"
      />
      <cadre-performance-tabs />

      <mat-card appearance="outlined" class="upload">
        <mat-card-content>
          <div class="row">
            <mat-form-field class="source">
              <mat-label>{{ 'performance.imports.source' | t }}</mat-label>
              <input matInput [(ngModel)]="source" name="source" maxlength="40" data-testid="import-source" />
              <mat-hint>{{ 'performance.imports.sourceHint' | t }}</mat-hint>
            </mat-form-field>
            <input
              #picker
              type="file"
              accept=".csv,text/csv"
              hidden
              (change)="choose($any($event.target).files?.[0] ?? null); picker.value = ''"
              data-testid="import-file"
            />
            <button mat-stroked-button type="button" (click)="picker.click()" [disabled]="busy()">
              <mat-icon>upload_file</mat-icon>{{ 'performance.imports.choose' | t }}
            </button>
            @if (file(); as f) {
              <span class="file">{{ f.name }} · {{ size(f.size) }}</span>
            }
          </div>
          <p class="hint">
            {{
              'performance.imports.format'
                | t
                  : {
                      fields:
                        'external_id, date, employee, share, overlay, reverses, customer, product_line, region, segment',
                    }
            }}
          </p>

          @if (mapping().length) {
            <h3 class="sub">{{ 'performance.imports.mapTitle' | t }}</h3>
            <p class="hint">{{ 'performance.imports.mapHint' | t }}</p>
            <div class="mapping">
              @for (field of mapping(); track field.key) {
                <mat-form-field>
                  <mat-label>{{ field.label }}{{ field.required ? ' *' : '' }}</mat-label>
                  <mat-select
                    [value]="mappedTo(field.key)"
                    (selectionChange)="map(field.key, $event.value)"
                    [attr.data-testid]="'map-' + field.key"
                  >
                    <mat-option value="">{{ 'performance.imports.notInFile' | t }}</mat-option>
                    @for (h of headers(); track h) {
                      <mat-option [value]="h">{{ h }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
              }
            </div>
          }
          @if (formError(); as e) {
            <p class="error" role="alert" data-testid="import-error">{{ e }}</p>
          }
          <div class="actions">
            <button
              mat-flat-button
              type="button"
              (click)="start()"
              [disabled]="!file() || busy()"
              data-testid="import-start"
            >
              <mat-icon>play_arrow</mat-icon>{{ 'performance.imports.start' | t }}
            </button>
          </div>
        </mat-card-content>
      </mat-card>

      @if (uploading() !== null) {
        <div class="progress" data-testid="import-progress">
          <p>{{ 'performance.imports.uploading' | t: { percent: uploading() ?? 0 } }}</p>
          <mat-progress-bar mode="determinate" [value]="uploading() ?? 0" />
        </div>
      }
      @if (active.value(); as job) {
        <mat-card appearance="outlined" class="job" data-testid="import-job" [attr.data-status]="job.status">
          <mat-card-content>
            <h2 class="sub">
              {{ job.fileName }}
              <span class="status">{{ 'performance.imports.status.' + job.status | t }}</span>
            </h2>
            @if (isRunning(job)) {
              <mat-progress-bar [mode]="job.status === 'reading' ? 'buffer' : 'indeterminate'" />
              <p class="figures">
                {{
                  'performance.imports.counts'
                    | t: { read: job.rowsRead, validated: job.rowsValidated, merged: job.rowsMerged }
                }}
              </p>
              <button
                mat-stroked-button
                type="button"
                (click)="cancel(job)"
                [disabled]="job.cancelRequested"
                data-testid="import-cancel"
              >
                <mat-icon>stop</mat-icon>{{ 'performance.imports.cancel' | t }}
              </button>
            } @else if (job.status === 'succeeded') {
              <mat-progress-bar mode="determinate" [value]="100" />
              <p class="figures" data-testid="import-summary">
                {{
                  'performance.imports.done'
                    | t
                      : {
                          rows: job.rowsMerged,
                          created: job.createdCount,
                          updated: job.updatedCount,
                          unchanged: job.unchangedCount,
                        }
                }}
              </p>
            } @else if (job.status === 'failed' && job.failure === 'row_problems') {
              <p class="error" data-testid="import-problems">
                {{ 'performance.imports.problems' | t: { count: job.problemCount, rows: job.rowsRead } }}
              </p>
              <button mat-flat-button type="button" (click)="report(job)" data-testid="import-report">
                <mat-icon>download</mat-icon>{{ 'performance.imports.report' | t }}
              </button>
            } @else if (job.status === 'failed') {
              <p class="error" data-testid="import-failure">
                {{ 'performance.imports.failure.' + (job.failure ?? 'unexpected') | t: failureParams(job) }}
              </p>
            } @else {
              <p class="figures">{{ 'performance.imports.cancelled' | t }}</p>
            }
          </mat-card-content>
        </mat-card>
      }

      <h2 class="section">{{ 'performance.imports.history' | t }}</h2>
      @if (history.isLoading() && !history.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (history.error()) {
        <cadre-error-state
          [message]="history.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="history.reload()"
        />
      } @else if (history.hasValue()) {
        @if (!history.value().length) {
          <p class="hint">{{ 'performance.imports.none' | t }}</p>
        } @else {
          <div class="table-wrap">
            <table class="stack-on-phone" data-testid="import-history">
              <thead>
                <tr>
                  <th>{{ 'performance.imports.file' | t }}</th>
                  <th>{{ 'performance.imports.when' | t }}</th>
                  <th>{{ 'performance.imports.statusLabel' | t }}</th>
                  <th class="num">{{ 'performance.imports.rows' | t }}</th>
                  <th>
                    <span class="sr-only">{{ 'performance.imports.report' | t }}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                @for (j of history.value(); track j.id) {
                  <tr>
                    <td>
                      {{ j.fileName }}
                      <div class="hint">{{ j.source }} · {{ j.requestedByName ?? '' }}</div>
                    </td>
                    <td [attr.data-label]="'performance.imports.when' | t">
                      {{ j.createdAt | localDate: 'datetime' }}
                    </td>
                    <td [attr.data-label]="'performance.imports.statusLabel' | t">
                      {{ 'performance.imports.status.' + j.status | t }}
                    </td>
                    <td class="num" [attr.data-label]="'performance.imports.rows' | t">{{ j.rowsRead }}</td>
                    <td class="act">
                      @if (j.problemCount) {
                        <button mat-button type="button" (click)="report(j)">
                          {{ 'performance.imports.problemsShort' | t: { count: j.problemCount } }}
                        </button>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </div>
  `,
  styles: [
    TABLE_STYLES,
    `
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        align-items: center;
      }
      .source {
        width: 200px;
      }
      .file {
        font: var(--mat-sys-body-medium);
        overflow-wrap: anywhere;
      }
      .hint {
        color: var(--mat-sys-on-surface-variant);
        font: var(--mat-sys-body-small);
        overflow-wrap: anywhere;
      }
      .sub {
        font: var(--mat-sys-title-small);
        margin: 16px 0 4px;
      }
      .mapping {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
        gap: 8px;
      }
      .actions {
        margin-top: 12px;
      }
      .error {
        color: var(--mat-sys-error);
      }
      .progress,
      .job {
        margin-top: 16px;
      }
      .status {
        margin-inline-start: 8px;
        color: var(--mat-sys-on-surface-variant);
        font: var(--mat-sys-label-large);
      }
      .figures {
        margin: 8px 0;
      }
      .section {
        font: var(--mat-sys-title-medium);
        margin: 24px 0 12px;
      }
    `,
  ],
})
export class ImportsPageComponent {
  private readonly api = inject(PerformanceApi);
  private readonly i18n = inject(I18n);
  private readonly notifier = inject(Notifier);

  protected source = 'crm';
  protected readonly file = signal<File | null>(null);
  protected readonly headers = signal<string[]>([]);
  protected readonly columns = signal<Record<string, string>>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly uploading = signal<number | null>(null);
  private readonly activeId = signal<string | null>(null);

  protected readonly metrics = rxResource({ stream: () => this.api.metrics() });
  protected readonly history = rxResource({ stream: () => this.api.imports() });
  /** The import being watched: polled each second until it finishes. */
  protected readonly active = rxResource({
    params: () => this.activeId() ?? undefined,
    stream: ({ params }) =>
      timer(0, 1000).pipe(
        switchMap(() => this.api.importJob(params)),
        takeWhile((job) => running(job), true),
        tap((job) => {
          if (!running(job)) this.history.reload();
        }),
      ),
  });
  protected readonly busy = computed(
    () => this.uploading() !== null || (this.active.hasValue() && running(this.active.value())),
  );

  /** The fields and metrics the header does not name as they are, with their labels. */
  protected readonly mapping = computed(() => {
    if (!this.headers().length || !this.metrics.hasValue()) return [];
    const metrics: MetricDto[] = this.metrics.value();
    const missing = unmatchedColumns(this.headers(), metrics);
    if (!missing.required.length) return [];
    return [
      ...missing.required.map((f) => ({
        key: f,
        label: this.i18n.t(`performance.imports.field.${f}`),
        required: true,
      })),
      ...missing.metrics.map((code) => {
        const m = metrics.find((x) => x.code === code);
        return {
          key: code,
          label: m ? this.i18n.pick({ en: m.nameEn, zh: m.nameZh }) : code,
          required: false,
        };
      }),
    ];
  });

  constructor() {
    // A running import (this tab's before a reload, or a colleague's) is watched again.
    void firstValueFrom(this.api.imports()).then(
      (jobs) => {
        const runningJob = jobs.find(running);
        if (runningJob) this.activeId.set(runningJob.id);
      },
      () => undefined,
    );
  }

  protected async choose(file: File | null): Promise<void> {
    this.formError.set(null);
    this.columns.set({});
    this.file.set(file);
    this.headers.set([]);
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES)
      return this.formError.set(
        this.i18n.t('performance.imports.failure.file_too_large', { maxBytes: this.size(IMPORT_MAX_BYTES) }),
      );
    const start = await file.slice(0, 64 * 1024).text();
    this.headers.set(headerCells(start.replace(/^\ufeff/, '').split(/\r?\n/)[0] ?? ''));
  }

  protected mappedTo(key: string): string {
    return this.columns()[key] ?? '';
  }

  protected map(key: string, header: string): void {
    this.columns.update((c) => {
      const next = { ...c };
      if (header) next[key] = header;
      else delete next[key];
      return next;
    });
  }

  protected size(bytes: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    }).format(bytes / 1024 / 1024);
  }

  protected isRunning(job: ImportJobDto): boolean {
    return running(job);
  }

  protected failureParams(job: ImportJobDto): Record<string, string | number> {
    const params = { ...(job.failureParams ?? {}) };
    if (typeof params['maxBytes'] === 'number') params['maxBytes'] = this.size(params['maxBytes']);
    return params;
  }

  protected async start(): Promise<void> {
    const file = this.file();
    if (!file) return;
    const source = this.source.trim().toLowerCase();
    if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(source))
      return this.formError.set(this.i18n.t('performance.imports.badSource'));
    const missing = this.mapping().filter((f) => f.required && !this.columns()[f.key]);
    if (missing.length)
      return this.formError.set(
        this.i18n.t('performance.imports.mapMissing', { fields: missing.map((f) => f.label).join(', ') }),
      );
    this.formError.set(null);
    this.uploading.set(0);
    try {
      const job = await lastValueFrom(
        this.api.startImport(file, source, this.columns()).pipe(
          tap((event) => {
            if (event.type === HttpEventType.UploadProgress && event.total)
              this.uploading.set(Math.round((100 * event.loaded) / event.total));
          }),
          map((event) => (event.type === HttpEventType.Response ? event.body : null)),
          switchMap((body) => (body ? [body] : EMPTY)),
        ),
      );
      this.activeId.set(job.id);
      this.file.set(null);
      this.headers.set([]);
    } catch (error) {
      this.formError.set(describeError(this.i18n, toAppError(error)));
    } finally {
      this.uploading.set(null);
      this.history.reload();
    }
  }

  protected async cancel(job: ImportJobDto): Promise<void> {
    try {
      await firstValueFrom(this.api.cancelImport(job.id));
      this.active.reload();
    } catch (error) {
      this.notifier.error(error);
    }
  }

  protected async report(job: ImportJobDto): Promise<void> {
    try {
      const blob = await firstValueFrom(this.api.problemReport(job.id, this.i18n.locale()));
      download(`${job.fileName.replace(/\.csv$/i, '')}-problems.csv`, blob);
    } catch (error) {
      this.notifier.error(error);
    }
  }
}
