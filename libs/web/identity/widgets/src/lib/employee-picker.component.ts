import { ChangeDetectionStrategy, Component, inject, input, model, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { debounceTime } from 'rxjs';
import type { EmployeeDto } from '@cadre/shared/contracts';
import { TranslatePipe } from '@cadre/web/i18n';
import { IdentityApi } from '@cadre/web/identity/data-access';

/** Type a name, pick an employee; the value is the employee's id (or null). */
@Component({
  selector: 'cadre-employee-picker',
  imports: [
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
    MatButtonModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="picker">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [value]="text()"
        (input)="onType($event)"
        [matAutocomplete]="auto"
        [attr.data-testid]="testId()"
        [required]="required()"
        autocomplete="off"
      />
      @if (employeeId()) {
        <button
          mat-icon-button
          matSuffix
          type="button"
          (click)="clear()"
          [attr.aria-label]="'common.clear' | t"
        >
          <mat-icon>close</mat-icon>
        </button>
      }
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="pick($event)">
        @for (e of options(); track e.id) {
          <mat-option [value]="e"
            >{{ e.fullName }} <span class="muted">· {{ e.jobTitle }}</span></mat-option
          >
        } @empty {
          @if (query().length > 0 && !results.isLoading()) {
            <mat-option disabled>{{ 'people.noMatches' | t }}</mat-option>
          }
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    .picker {
      width: 100%;
    }
  `,
})
export class EmployeePickerComponent {
  private readonly api = inject(IdentityApi);

  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly testId = input<string | null>(null);
  /** Marks the field as required (the label's asterisk); the form checks the choice itself. */
  readonly required = input(false);
  /** The chosen employee's id. */
  readonly employeeId = model<string | null>(null);
  /** The chosen employee's name, shown in the box. */
  readonly displayName = model<string>('');

  protected readonly query = signal('');
  protected readonly text = signal('');
  private readonly settled = toSignal(toObservable(this.query).pipe(debounceTime(200)), { initialValue: '' });
  protected readonly results = rxResource({
    params: () => ({ search: this.settled() || undefined, status: 'active' as const, limit: 10 }),
    stream: ({ params }) => this.api.employees(params),
  });
  protected readonly options = () => (this.results.hasValue() ? this.results.value().items : []);

  constructor() {
    queueMicrotask(() => this.text.set(this.displayName()));
  }

  protected onType(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.text.set(value);
    this.query.set(value);
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const employee = event.option.value as EmployeeDto;
    this.employeeId.set(employee.id);
    this.displayName.set(employee.fullName);
    this.text.set(employee.fullName);
  }

  protected clear(): void {
    this.employeeId.set(null);
    this.displayName.set('');
    this.text.set('');
    this.query.set('');
  }
}
