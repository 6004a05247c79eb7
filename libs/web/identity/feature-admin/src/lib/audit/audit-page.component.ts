import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { DateAdapter, provideNativeDateAdapter } from '@angular/material/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { JsonPipe } from '@angular/common';
import type { AuditEntryDto } from '@cadre/shared/contracts';
import { ErrorTextPipe } from '@cadre/web/core';
import { I18n, LocalDatePipe, provideTranslatedPaginator, TranslatePipe } from '@cadre/web/i18n';
import { IdentityApi } from '@cadre/web/identity/data-access';
import { EmptyStateComponent, ErrorStateComponent, PageHeaderComponent, phoneWidth } from '@cadre/web/ui';

/** The action filter: every action of one kind of record (the API matches by prefix). */
const ACTION_GROUPS = [
  'auth.',
  'user.',
  'employee.',
  'org_unit.',
  'competency.',
  'role_profile.',
  'requisition.',
  'candidate.',
  'application.',
  'course.',
  'enrolment.',
  'quiz.',
  'curriculum.',
  'development_need.',
  'library_resource.',
  'learning_file.',
];

const ENTITY_TYPES = [
  'user',
  'employee',
  'org_unit',
  'competency',
  'role_profile',
  'requisition',
  'candidate',
  'application',
  'course',
  'enrolment',
  'curriculum',
  'curriculum_assignment',
  'library_resource',
  'learning_file',
  'system',
];

/** The append-only record of every change: who, when, what, before and after. */
@Component({
  selector: 'cadre-audit-page',
  imports: [
    ErrorTextPipe,
    JsonPipe,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatExpansionModule,
    MatDatepickerModule,
    MatPaginatorModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalDatePipe,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Native dates, shown and typed in the reader's locale (see the constructor).
  providers: [provideNativeDateAdapter(), provideTranslatedPaginator()],
  template: `
    <div class="page">
      <cadre-page-header [title]="'audit.title' | t" [subtitle]="'audit.subtitle' | t" />
      <div class="filters">
        <mat-form-field>
          <mat-label>{{ 'audit.entityType' | t }}</mat-label>
          <mat-select
            [value]="entityType() ?? ''"
            (valueChange)="entityType.set($event || undefined); pageIndex.set(0)"
          >
            <mat-option value="">{{ 'common.all' | t }}</mat-option>
            @for (t of entityTypes; track t) {
              <mat-option [value]="t">{{ 'audit.entities.' + t | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'audit.action' | t }}</mat-label>
          <mat-select
            [value]="action() ?? ''"
            (valueChange)="action.set($event || undefined); pageIndex.set(0)"
            data-testid="audit-action"
          >
            <mat-option value="">{{ 'common.all' | t }}</mat-option>
            @for (group of actionGroups; track group) {
              <mat-option [value]="group">{{ 'audit.actionGroups.' + group | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'audit.actor' | t }}</mat-label>
          <mat-select
            [value]="actorUserId() ?? ''"
            (valueChange)="actorUserId.set($event || undefined); pageIndex.set(0)"
            data-testid="audit-actor"
          >
            <mat-option value="">{{ 'common.all' | t }}</mat-option>
            @for (u of actors(); track u.id) {
              <mat-option [value]="u.id">{{ u.displayName }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'audit.from' | t }}</mat-label>
          <input
            matInput
            [matDatepicker]="fromPicker"
            (dateChange)="onDate('from', $event.value)"
            data-testid="audit-from"
          />
          <mat-datepicker-toggle matIconSuffix [for]="fromPicker" />
          <mat-datepicker #fromPicker />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'audit.to' | t }}</mat-label>
          <input matInput [matDatepicker]="toPicker" (dateChange)="onDate('to', $event.value)" />
          <mat-datepicker-toggle matIconSuffix [for]="toPicker" />
          <mat-datepicker #toPicker />
        </mat-form-field>
      </div>
      <mat-card appearance="outlined">
        @if (entries.isLoading()) {
          <mat-progress-bar mode="indeterminate" />
        }
        @if (entries.error()) {
          <cadre-error-state
            [message]="entries.error() | errorText"
            [retryLabel]="'common.retry' | t"
            (retry)="entries.reload()"
          />
        } @else if (!entries.isLoading() && total() === 0) {
          <cadre-empty-state icon="history" [title]="'audit.empty' | t" />
        } @else {
          <mat-accordion multi displayMode="flat" data-testid="audit-list">
            @for (e of items(); track e.id) {
              <mat-expansion-panel>
                <mat-expansion-panel-header>
                  <mat-panel-title class="sentence">
                    <span data-testid="audit-sentence">{{ sentence(e) }}</span>
                    @if (narrow()) {
                      <span class="when muted">{{ e.occurredAt | localDate: 'datetime' }}</span>
                    }
                  </mat-panel-title>
                  @if (!narrow()) {
                    <mat-panel-description>
                      {{ e.occurredAt | localDate: 'datetime' }}
                    </mat-panel-description>
                  }
                </mat-expansion-panel-header>
                <p class="muted">
                  <code>{{ e.action }}</code> · {{ e.actorEmail ?? ('audit.system' | t) }} ·
                  {{ 'audit.entities.' + e.entityType | t }} {{ e.entityId }}
                  @if (e.ip) {
                    · {{ e.ip }}
                  }
                </p>
                <div class="diff">
                  <div>
                    <h4>{{ 'audit.before' | t }}</h4>
                    <pre>{{ e.before ? (e.before | json) : '—' }}</pre>
                  </div>
                  <div>
                    <h4>{{ 'audit.after' | t }}</h4>
                    <pre>{{ e.after ? (e.after | json) : '—' }}</pre>
                  </div>
                </div>
              </mat-expansion-panel>
            }
          </mat-accordion>
          <mat-paginator
            [length]="total()"
            [pageIndex]="pageIndex()"
            [pageSize]="pageSize()"
            [pageSizeOptions]="[25, 50, 100]"
            (page)="onPage($event)"
          />
        }
      </mat-card>
    </div>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin-bottom: 8px;
    }
    /* A sentence may take two lines (and the time a third on a phone): the header grows. */
    mat-accordion {
      --mat-expansion-header-collapsed-state-height: auto;
      --mat-expansion-header-expanded-state-height: auto;
    }
    mat-expansion-panel-header {
      padding-block: 12px;
    }
    .sentence {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 2px;
      white-space: normal;
    }
    .when {
      font: var(--mat-sys-body-small);
    }
    .filters mat-form-field {
      flex: 1 1 180px;
    }
    .diff {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: 16px;
    }
    pre {
      background: var(--mat-sys-surface-container);
      padding: 8px;
      border-radius: 4px;
      overflow-x: auto;
      font-size: 12px;
      margin: 0;
    }
    h4 {
      margin: 0 0 4px;
      font: var(--mat-sys-label-large);
    }
  `,
})
export class AuditPageComponent {
  private readonly api = inject(IdentityApi);
  private readonly i18n = inject(I18n);

  constructor() {
    const dates = inject(DateAdapter);
    effect(() => dates.setLocale(this.i18n.locale()));
  }

  /** On a phone the time goes beneath the sentence, so the sentence keeps the width. */
  protected readonly narrow = phoneWidth();
  protected readonly entityTypes = ENTITY_TYPES;
  protected readonly entityType = signal<string | undefined>(undefined);
  protected readonly action = signal<string | undefined>(undefined);
  protected readonly actorUserId = signal<string | undefined>(undefined);
  protected readonly actionGroups = ACTION_GROUPS;
  private readonly users = rxResource({ stream: () => this.api.users({ limit: 200 }) });
  protected readonly actors = computed(() => (this.users.hasValue() ? this.users.value().items : []));
  protected readonly from = signal<string | undefined>(undefined);
  protected readonly to = signal<string | undefined>(undefined);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);

  protected readonly entries = rxResource({
    params: () => ({
      entityType: this.entityType(),
      action: this.action(),
      actorUserId: this.actorUserId(),
      from: this.from(),
      to: this.to(),
      limit: this.pageSize(),
      offset: this.pageIndex() * this.pageSize(),
    }),
    stream: ({ params }) => this.api.audit(params),
  });
  protected readonly items = computed(() => (this.entries.hasValue() ? this.entries.value().items : []));
  protected readonly total = computed(() => (this.entries.hasValue() ? this.entries.value().total : 0));

  protected onDate(which: 'from' | 'to', date: Date | null): void {
    // The picked day in the reader's calendar; "to" includes the whole day.
    const bound = date
      ? new Date(date.getFullYear(), date.getMonth(), date.getDate() + (which === 'to' ? 1 : 0)).toISOString()
      : undefined;
    (which === 'from' ? this.from : this.to).set(bound);
    this.pageIndex.set(0);
  }

  /** The entry as a sentence in the reader's language: who did what to whom. */
  protected sentence(e: AuditEntryDto): string {
    const after = e.after ?? {};
    const stage =
      typeof after['stage'] === 'string' ? this.i18n.t(`recruitment.stages.${after['stage']}`) : '';
    const params = {
      actor: e.actorName ?? e.actorEmail ?? this.i18n.t('audit.system'),
      subject:
        e.subjectName ??
        (typeof after['email'] === 'string'
          ? after['email']
          : `${this.i18n.t(`audit.entities.${e.entityType}`)} ${e.entityId.slice(0, 8)}`),
      stage,
      status: typeof after['status'] === 'string' ? after['status'] : '',
    };
    const key = `audit.sentence.${e.action}`;
    const text = this.i18n.t(key, params);
    return text === key ? this.i18n.t('audit.sentence.other', { ...params, action: e.action }) : text;
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageSize === this.pageSize() ? event.pageIndex : 0);
    this.pageSize.set(event.pageSize);
  }
}
