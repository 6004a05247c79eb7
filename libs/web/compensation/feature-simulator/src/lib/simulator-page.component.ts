import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';
import { Decimal, type SimulationOutput, type Statement } from '@cadre/compensation/engine';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { describeError, fieldReason, saveFile, toAppError } from '@cadre/web/core';
import { I18n, provideTranslatedPaginator, TranslatePipe } from '@cadre/web/i18n';
import type { FieldError, PlanExampleDto } from '@cadre/shared/contracts';
import { groupDigits, StatementViewComponent } from '@cadre/web/compensation/ui';
import { EmptyStateComponent, PageHeaderComponent } from '@cadre/web/ui';
import { statementsCsv } from './statements-csv';

/** The API's limit (SIMULATION_BODY_LIMIT); checked here too so a huge file fails at once. */
const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
const PAGE_SIZE = 10;

type Outcome =
  | { kind: 'idle' }
  | { kind: 'problems'; problems: FieldError[] }
  | { kind: 'failed'; message: string }
  | { kind: 'statements'; output: SimulationOutput };

/**
 * The plan simulator: a compensation admin or a manager writes (or opens, or starts from an
 * example) a plan document with periods, payees and credits, runs it, and reads each
 * statement with the reason for every number. Nothing is stored.
 */
@Component({
  selector: 'cadre-simulator-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    PageHeaderComponent,
    EmptyStateComponent,
    StatementViewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslatedPaginator()],
  templateUrl: './simulator-page.component.html',
  styleUrl: './simulator-page.component.scss',
})
export class SimulatorPageComponent {
  private readonly api = inject(CompensationApi);
  private readonly i18n = inject(I18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly resultsSection = viewChild.required<ElementRef<HTMLElement>>('results');

  protected readonly examples = rxResource({ stream: () => this.api.examples() });
  protected readonly document = signal('');
  protected readonly running = signal(false);
  protected readonly outcome = signal<Outcome>({ kind: 'idle' });
  protected readonly payeeFilter = signal('');
  protected readonly pageIndex = signal(0);
  protected readonly selected = signal<Statement | null>(null);
  protected readonly pageSize = PAGE_SIZE;

  protected readonly statements = computed(() => {
    const outcome = this.outcome();
    return outcome.kind === 'statements' ? outcome.output.statements : [];
  });
  protected readonly filtered = computed(() => {
    const filter = this.payeeFilter().trim().toLowerCase();
    return filter
      ? this.statements().filter((s) => s.payee.toLowerCase().includes(filter))
      : this.statements();
  });
  protected readonly page = computed(() =>
    this.filtered().slice(this.pageIndex() * PAGE_SIZE, (this.pageIndex() + 1) * PAGE_SIZE),
  );
  /** Payees, periods and the total payout of the run (one currency per plan). */
  protected readonly summary = computed(() => {
    const statements = this.statements();
    if (statements.length === 0) return null;
    const total = statements.reduce((sum, s) => sum.plus(s.payout), new Decimal(0));
    return {
      payees: new Set(statements.map((s) => s.payee)).size,
      periods: new Set(statements.map((s) => s.period)).size,
      payout: groupDigits(total.toFixed(this.minorDigits(statements[0].payout))),
      currency: statements[0].currency,
    };
  });

  /** A document problem's reason in the reader's language (the path stays as written). */
  protected reasonOf(problem: FieldError): string {
    return fieldReason(this.i18n, problem);
  }

  protected format(value: string): string {
    return groupDigits(value);
  }

  protected edit(text: string): void {
    this.document.set(text);
  }

  protected loadExample(example: PlanExampleDto): void {
    const previous = this.document();
    this.document.set(example.document);
    this.outcome.set({ kind: 'idle' });
    if (!previous.trim() || previous === example.document) return;
    this.snackBar
      .open(
        this.i18n.t('compensation.simulator.exampleLoaded', { name: example.name }),
        this.i18n.t('compensation.simulator.undo'),
        { duration: 8000 },
      )
      .onAction()
      .subscribe(() => this.document.set(previous));
  }

  protected async openFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_DOCUMENT_BYTES) {
      this.outcome.set({
        kind: 'failed',
        message: this.i18n.t('compensation.simulator.fileTooLarge', { name: file.name }),
      });
      return;
    }
    this.document.set(await file.text());
    this.outcome.set({ kind: 'idle' });
  }

  /** Ctrl+Enter (or Cmd+Enter) in the editor runs the document. */
  protected runFromKeyboard(event: Event): void {
    event.preventDefault();
    void this.run();
  }

  protected async run(): Promise<void> {
    if (this.running() || !this.document().trim()) return;
    this.running.set(true);
    try {
      const output = await firstValueFrom(this.api.simulate(this.document()));
      this.payeeFilter.set('');
      this.pageIndex.set(0);
      this.selected.set(output.statements[0] ?? null);
      this.outcome.set({ kind: 'statements', output });
    } catch (error) {
      const appError = toAppError(error);
      this.selected.set(null);
      this.outcome.set(
        appError.status === 400 && appError.fieldErrors.length > 0
          ? { kind: 'problems', problems: appError.fieldErrors }
          : { kind: 'failed', message: describeError(this.i18n, appError) },
      );
    } finally {
      this.running.set(false);
    }
    this.revealResults();
  }

  /** On a narrow screen the results are below the editor: bring them into view. */
  private revealResults(): void {
    afterNextRender(
      () => {
        const section = this.resultsSection().nativeElement;
        if (section.getBoundingClientRect().top > window.innerHeight) {
          section.scrollIntoView({ block: 'start' });
        }
      },
      { injector: this.injector },
    );
  }

  protected filterPayees(value: string): void {
    this.payeeFilter.set(value);
    this.pageIndex.set(0);
  }

  protected changePage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }

  protected select(statement: Statement): void {
    this.selected.set(statement);
  }

  /** The statements shown (all, or those of the filtered payees) as a CSV file. */
  protected downloadCsv(): void {
    saveFile(
      new Blob([statementsCsv(this.filtered())], { type: 'text/csv;charset=utf-8' }),
      'statements.csv',
    );
  }

  private minorDigits(amount: string): number {
    const dot = amount.indexOf('.');
    return dot < 0 ? 0 : amount.length - dot - 1;
  }
}
