import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import type { FieldError, PlanDto } from '@cadre/shared/contracts';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { describeError, ErrorTextPipe, fieldReason, Notifier, submission } from '@cadre/web/core';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { PayTabsComponent } from './pay-tabs.component';
import { PlanBuilderComponent } from './plan-builder.component';
import { newComponent, type PlanDocument } from './plan-document-edit';
import { PlanWhatIfComponent } from './plan-what-if.component';

interface Draft {
  /** Null: a new plan. */
  planId: string | null;
  code: string;
  effectiveFrom: string;
  text: string;
}

/**
 * Stored plans and their versions. A version is the plan object of the document format,
 * edited here as JSON (the form-based builder comes later); saving checks it on the
 * server with the engine's validator and shows each problem at its path, in the reader's
 * language. A published version never changes: saving starts the next draft.
 */
@Component({
  selector: 'cadre-plans-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LocalDatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    PayTabsComponent,
    PlanWhatIfComponent,
    PlanBuilderComponent,
    MatButtonToggleModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'pay.plans.title' | t" [subtitle]="'pay.plans.subtitle' | t">
        <button mat-flat-button type="button" (click)="startNew()" data-testid="plan-new">
          {{ 'pay.plans.new' | t }}
        </button>
      </cadre-page-header>
      <cadre-pay-tabs />
      @if (draft(); as d) {
        <section class="editor" data-testid="plan-editor">
          <h2 class="section">
            {{ d.planId ? ('pay.plans.editing' | t: { code: d.code }) : ('pay.plans.new' | t) }}
          </h2>
          <div class="row">
            @if (!d.planId) {
              <mat-form-field>
                <mat-label>{{ 'pay.plans.code' | t }}</mat-label>
                <input matInput [(ngModel)]="d.code" name="code" data-testid="plan-code" />
                <mat-hint>{{ 'pay.plans.codeHint' | t }}</mat-hint>
              </mat-form-field>
            }
            <mat-form-field>
              <mat-label>{{ 'pay.plans.effectiveFrom' | t }}</mat-label>
              <input matInput type="date" [(ngModel)]="d.effectiveFrom" name="effectiveFrom" />
            </mat-form-field>
          </div>
          <mat-button-toggle-group
            #viewToggle="matButtonToggleGroup"
            [value]="view()"
            (change)="switchView($event.value); viewToggle.value = view()"
            [attr.aria-label]="'pay.builder.view' | t"
            data-testid="plan-view"
          >
            <mat-button-toggle value="form" data-testid="plan-view-form">{{
              'pay.builder.form' | t
            }}</mat-button-toggle>
            <mat-button-toggle value="json" data-testid="plan-view-json">{{
              'pay.builder.json' | t
            }}</mat-button-toggle>
          </mat-button-toggle-group>
          @if (view() === 'form' && formDocument(); as doc) {
            <cadre-plan-builder [document]="doc" (documentChange)="formDocument.set($event)" />
          } @else {
            <mat-form-field class="json">
              <mat-label>{{ 'pay.plans.document' | t }}</mat-label>
              <textarea
                matInput
                rows="18"
                spellcheck="false"
                [(ngModel)]="d.text"
                name="document"
                data-testid="plan-json"
              ></textarea>
              <mat-hint>{{ 'pay.plans.documentHint' | t }}</mat-hint>
            </mat-form-field>
          }
          @if (syntax(); as at) {
            <p class="error" role="alert" data-testid="plan-syntax">{{ 'pay.plans.syntax' | t: at }}</p>
          }
          @if (problems().length) {
            <ul class="problems" role="alert" data-testid="plan-problems">
              @for (p of problems(); track $index) {
                <li>
                  <code>{{ p.path }}</code> {{ p.reason }}
                </li>
              }
            </ul>
          }
          @if (saving.error()) {
            <p class="error" role="alert">{{ saving.error() }}</p>
          }
          <div class="actions">
            <button mat-button type="button" (click)="draft.set(null); formDocument.set(null)">
              {{ 'common.cancel' | t }}
            </button>
            <button
              mat-flat-button
              type="button"
              (click)="save()"
              [disabled]="saving.busy()"
              data-testid="plan-save"
            >
              {{ 'pay.plans.saveDraft' | t }}
            </button>
          </div>
        </section>
      }
      @if (plans.isLoading() && !plans.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (plans.error()) {
        <cadre-error-state
          [message]="plans.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="plans.reload()"
        />
      } @else if (plans.hasValue() && !plans.value().length) {
        <cadre-empty-state
          icon="description"
          [title]="'pay.plans.none' | t"
          [hint]="'pay.plans.noneHint' | t"
        />
      } @else if (plans.hasValue()) {
        @for (plan of plans.value(); track plan.id) {
          <section class="plan" [attr.data-testid]="'plan-' + plan.code">
            <div class="head">
              <h2>
                {{ plan.name }} <span class="muted">· {{ plan.code }}</span>
              </h2>
              <span class="muted">{{
                'pay.plans.facts'
                  | t: { currency: plan.currency, period: periodName(plan.period), count: plan.assignments }
              }}</span>
            </div>
            <ul class="versions">
              @for (v of plan.versions; track v.id) {
                <li>
                  <strong>v{{ v.version }}</strong>
                  <span [class]="'state ' + v.status">{{ 'pay.plans.status.' + v.status | t }}</span>
                  <span class="muted">{{
                    'pay.plans.from' | t: { date: (v.effectiveFrom | localDate) }
                  }}</span>
                  <button mat-button type="button" (click)="toggle(v.id)">
                    {{ (shown() === v.id ? 'pay.plans.hide' : 'pay.plans.show') | t }}
                  </button>
                  @if (shown() === v.id) {
                    <pre class="doc">{{ pretty(v.document) }}</pre>
                  }
                </li>
              }
            </ul>
            <div class="actions">
              <button
                mat-stroked-button
                type="button"
                (click)="edit(plan)"
                [attr.data-testid]="'plan-edit-' + plan.code"
              >
                {{ (hasDraft(plan) ? 'pay.plans.editDraft' : 'pay.plans.newVersion') | t }}
              </button>
              @if (hasDraft(plan)) {
                <button
                  mat-stroked-button
                  type="button"
                  (click)="toggleWhatIf(plan.id)"
                  [attr.aria-expanded]="comparing() === plan.id"
                  [attr.data-testid]="'plan-what-if-' + plan.code"
                >
                  {{ 'pay.whatIf.open' | t }}
                </button>
                <button
                  mat-flat-button
                  type="button"
                  (click)="publish(plan)"
                  [attr.data-testid]="'plan-publish-' + plan.code"
                >
                  {{ 'pay.plans.publish' | t }}
                </button>
              }
            </div>
            @if (comparing() === plan.id && hasDraft(plan)) {
              <cadre-plan-what-if [planId]="plan.id" [period]="plan.period" />
            }
          </section>
        }
      }
    </div>
  `,
  styles: `
    .section {
      font: var(--mat-sys-title-medium);
      margin: 16px 0 12px;
    }
    .editor,
    .plan {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      margin-bottom: 16px;
    }
    .row {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .json {
      width: 100%;
    }
    .json textarea {
      font-family: ui-monospace, monospace;
      font-size: 13px;
    }
    .problems {
      color: var(--mat-sys-error);
      padding-inline-start: 20px;
    }
    .problems code {
      overflow-wrap: anywhere;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      gap: 8px;
      justify-content: flex-end;
      flex-wrap: wrap;
    }
    .head h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .versions {
      list-style: none;
      padding: 0;
    }
    .versions li {
      display: flex;
      gap: 12px;
      align-items: center;
      flex-wrap: wrap;
      padding: 4px 0;
    }
    .doc {
      width: 100%;
      max-height: 360px;
      overflow: auto;
      background: var(--mat-sys-surface-container);
      padding: 12px;
      border-radius: 8px;
      font-size: 12px;
    }
    .state {
      font: var(--mat-sys-label-small);
      padding: 2px 8px;
      border-radius: 12px;
      background: var(--mat-sys-tertiary-container);
    }
    .state.published {
      background: var(--mat-sys-primary-container);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PlansPageComponent {
  private readonly api = inject(CompensationApi);
  private readonly i18n = inject(I18n);
  private readonly notifier = inject(Notifier);

  protected readonly plans = rxResource({ stream: () => this.api.plans() });
  protected readonly shown = signal<string | null>(null);
  /** The plan whose draft is being compared with the version in force. */
  protected readonly comparing = signal<string | null>(null);
  protected readonly draft = signal<Draft | null>(null);
  /** Form or JSON: both edit the same document; the form holds it parsed while it is shown. */
  protected readonly view = signal<'form' | 'json'>('form');
  protected readonly formDocument = signal<PlanDocument | null>(null);
  private readonly fieldErrors = signal<FieldError[]>([]);
  /** Where the text stops being JSON, found in the browser before anything is sent. */
  protected readonly syntax = signal<{ line: number; column: number } | null>(null);
  /** The server's problems with the document, each at its path within the plan. */
  protected readonly problems = computed(() =>
    this.fieldErrors().map((e) => ({
      path: e.field.replace(/^document\./, ''),
      reason: fieldReason(this.i18n, e),
    })),
  );
  protected readonly saving = submission((error) => {
    this.fieldErrors.set(error.fieldErrors);
    return error.fieldErrors.length ? null : describeError(this.i18n, error);
  });

  protected periodName(period: string): string {
    return this.i18n.t(`pay.plans.period.${period}`);
  }

  protected hasDraft(plan: PlanDto): boolean {
    return plan.versions.some((v) => v.status === 'draft');
  }

  protected toggleWhatIf(planId: string): void {
    this.comparing.set(this.comparing() === planId ? null : planId);
  }

  protected toggle(id: string): void {
    this.shown.set(this.shown() === id ? null : id);
  }

  protected pretty(document: Record<string, unknown>): string {
    return JSON.stringify(document, null, 2);
  }

  /** To the form: the JSON must parse first (else it says where it stops); to JSON: the form's document, spelled out. */
  protected switchView(view: 'form' | 'json'): void {
    const d = this.draft();
    if (!d) return;
    if (view === 'json') {
      const doc = this.formDocument();
      if (doc) d.text = this.pretty(doc);
      this.formDocument.set(null);
      this.view.set('json');
      return;
    }
    const parsed = this.parse(d.text);
    if (!parsed) {
      this.view.set('json');
      return;
    }
    this.formDocument.set(parsed);
    this.view.set('form');
  }

  /** The JSON text as a document, or null with the place it stops being JSON. */
  private parse(text: string): PlanDocument | null {
    try {
      const value: unknown = JSON.parse(text);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        this.syntax.set({ line: 1, column: 1 });
        return null;
      }
      this.syntax.set(null);
      return value as PlanDocument;
    } catch (error) {
      this.syntax.set(jsonErrorPlace(text, error));
      return null;
    }
  }

  /** Opens the editor on a document, in the view last used. */
  private open(draft: Draft): void {
    this.fieldErrors.set([]);
    this.syntax.set(null);
    this.draft.set(draft);
    this.formDocument.set(this.view() === 'form' ? this.parse(draft.text) : null);
  }

  protected startNew(): void {
    this.open({
      planId: null,
      code: '',
      effectiveFrom: new Date().toISOString().slice(0, 10),
      text: this.pretty({
        id: 'new-plan',
        name: '',
        currency: 'CNY',
        period: 'month',
        components: [newComponent('rate', 'c1')],
      }),
    });
  }

  protected edit(plan: PlanDto): void {
    const base = plan.versions.find((v) => v.status === 'draft') ?? plan.versions[0];
    this.open({
      planId: plan.id,
      code: plan.code,
      effectiveFrom: base?.status === 'draft' ? base.effectiveFrom : new Date().toISOString().slice(0, 10),
      text: this.pretty(base?.document ?? {}),
    });
  }

  protected async save(): Promise<void> {
    const d = this.draft();
    if (!d) return;
    const document = this.formDocument() ?? this.parse(d.text);
    if (!document) return;
    this.fieldErrors.set([]);
    const saved = await this.saving.run(() =>
      firstValueFrom(
        d.planId
          ? this.api.saveDraft(d.planId, { effectiveFrom: d.effectiveFrom, document })
          : this.api.createPlan({ code: d.code, effectiveFrom: d.effectiveFrom, document }),
      ),
    );
    if (!saved) return;
    this.notifier.success('pay.plans.saved');
    this.draft.set(null);
    this.formDocument.set(null);
    this.plans.reload();
  }

  protected async publish(plan: PlanDto): Promise<void> {
    try {
      await firstValueFrom(this.api.publish(plan.id));
      this.notifier.success('pay.plans.published', { code: plan.code });
      this.plans.reload();
    } catch (error) {
      this.notifier.error(error);
    }
  }
}

/**
 * Line and column (from 1) where JSON.parse gave up: browsers say "at position N" or
 * "(line L column C)"; without either, the end of the text.
 */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
