import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { EMPLOYEE_STATUSES, type EmployeeDto, type EmployeeStatus } from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier, SessionStore } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';
import {
  buildOrgTree,
  EmployeeDirectoryStore,
  flattenOrgTree,
  IdentityApi,
} from '@cadre/web/identity/data-access';
import { EmployeeTableComponent } from '@cadre/web/identity/ui';
import { EmptyStateComponent, ErrorStateComponent, PageHeaderComponent } from '@cadre/web/ui';
import { EmployeeDialogComponent, type EmployeeDialogData } from './employee-dialog.component';

/** Everyone the caller may see: HR and admin the company, a manager their subtree. */
@Component({
  selector: 'cadre-people-page',
  imports: [
    ErrorTextPipe,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    TranslatePipe,
    EmployeeTableComponent,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
  ],
  providers: [EmployeeDirectoryStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header
        [title]="'people.title' | t"
        [subtitle]="(canManage() ? 'people.subtitleAll' : 'people.subtitleTeam') | t"
      >
        @if (canManage()) {
          <button mat-flat-button type="button" (click)="openDialog(null)" data-testid="add-employee">
            <mat-icon>person_add</mat-icon>{{ 'people.add' | t }}
          </button>
        }
      </cadre-page-header>
      <div class="filters">
        <mat-form-field>
          <mat-label>{{ 'people.search' | t }}</mat-label>
          <mat-icon matPrefix>search</mat-icon>
          <input
            matInput
            type="search"
            [value]="directory.search()"
            (input)="onSearch($event)"
            data-testid="people-search"
          />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'people.unit' | t }}</mat-label>
          <mat-select [value]="directory.orgUnitId() ?? ''" (valueChange)="directory.setOrgUnit($event)">
            <mat-option value="">{{ 'common.all' | t }}</mat-option>
            @for (u of unitOptions(); track u.id) {
              <mat-option [value]="u.id"
                ><span [style.padding-left.px]="u.depth * 12">{{ u.name }}</span></mat-option
              >
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'people.status' | t }}</mat-label>
          <mat-select [value]="directory.status() ?? ''" (valueChange)="onStatus($event)">
            <mat-option value="">{{ 'common.all' | t }}</mat-option>
            @for (s of statuses; track s) {
              <mat-option [value]="s">{{ 'people.statuses.' + s | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      <mat-card appearance="outlined">
        @if (directory.page.isLoading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
        }
        @if (directory.page.error()) {
          <cadre-error-state
            [message]="directory.page.error() | errorText"
            [retryLabel]="'common.retry' | t"
            (retry)="directory.reload()"
          />
        } @else if (!directory.page.isLoading() && directory.total() === 0) {
          <cadre-empty-state
            icon="person_search"
            [title]="(directory.isFiltered() ? 'people.noMatches' : 'people.empty') | t"
            [hint]="(directory.isFiltered() ? 'people.noMatchesHint' : '') | t"
          />
        } @else {
          <cadre-employee-table
            [employees]="directory.employees()"
            [total]="directory.total()"
            [pageIndex]="directory.pageIndex()"
            [pageSize]="directory.pageSize()"
            [editable]="canManage()"
            [caption]="'people.title' | t"
            (page)="directory.setPage($event.pageIndex, $event.pageSize)"
            (edit)="openDialog($event)"
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
    }
    .filters mat-form-field {
      flex: 1 1 220px;
    }
  `,
})
export class PeoplePageComponent {
  private readonly api = inject(IdentityApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(SessionStore);
  protected readonly directory = inject(EmployeeDirectoryStore);

  protected readonly statuses = EMPLOYEE_STATUSES;
  protected readonly canManage = computed(() => this.session.hasPermission('employees:manage'));
  protected readonly units = rxResource({ stream: () => this.api.orgUnits() });
  protected readonly unitOptions = computed(() =>
    this.units.hasValue() ? flattenOrgTree(buildOrgTree(this.units.value())) : [],
  );

  protected onSearch(event: Event): void {
    this.directory.setSearch((event.target as HTMLInputElement).value);
  }

  protected onStatus(value: EmployeeStatus | ''): void {
    this.directory.setStatus(value || undefined);
  }

  protected openDialog(employee: EmployeeDto | null): void {
    const data: EmployeeDialogData = { employee, units: this.units.hasValue() ? this.units.value() : [] };
    this.dialog
      .open(EmployeeDialogComponent, { data, autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((saved: EmployeeDto | undefined) => {
        if (!saved) return;
        this.notifier.success(employee ? 'people.saved' : 'people.created', { name: saved.fullName });
        this.directory.reload();
      });
  }
}
