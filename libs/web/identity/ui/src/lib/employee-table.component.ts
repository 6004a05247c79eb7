import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { EmployeeDto } from '@cadre/shared/contracts';
import { LocalDatePipe, provideTranslatedPaginator, TranslatePipe } from '@cadre/web/i18n';
import { phoneWidth } from '@cadre/web/ui';

const NEW_HIRE_DAYS = 90;

/** A page of employees. Presentational: the page that hosts it loads the data. */
@Component({
  selector: 'cadre-employee-table',
  imports: [
    RouterLink,
    MatTableModule,
    MatPaginatorModule,
    MatChipsModule,
    MatIconModule,
    MatButtonModule,
    MatTooltipModule,
    TranslatePipe,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslatedPaginator()],
  template: `
    <div class="table-wrap">
      <table mat-table [dataSource]="employees()" [attr.aria-label]="caption()" data-testid="employee-table">
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef>{{ 'people.name' | t }}</th>
          <td mat-cell *matCellDef="let e">
            <a class="name" [routerLink]="['/people', e.id]" [attr.data-testid]="'person-' + e.fullName">{{
              e.fullName
            }}</a>
            <div class="sub">{{ e.email }}</div>
            @if (narrow()) {
              <!-- On a phone the other columns fold into the name's cell. -->
              <div class="sub">{{ e.jobTitle }}{{ showUnit() ? ' · ' + e.orgUnitName : '' }}</div>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef>{{ 'people.jobTitle' | t }}</th>
          <td mat-cell *matCellDef="let e">{{ e.jobTitle }}</td>
        </ng-container>
        <ng-container matColumnDef="unit">
          <th mat-header-cell *matHeaderCellDef>{{ 'people.unit' | t }}</th>
          <td mat-cell *matCellDef="let e">{{ e.orgUnitName }}</td>
        </ng-container>
        <ng-container matColumnDef="manager">
          <th mat-header-cell *matHeaderCellDef>{{ 'people.manager' | t }}</th>
          <td mat-cell *matCellDef="let e">{{ e.managerName ?? '—' }}</td>
        </ng-container>
        <ng-container matColumnDef="hireDate">
          <th mat-header-cell *matHeaderCellDef>{{ 'people.hireDate' | t }}</th>
          <td mat-cell *matCellDef="let e">
            {{ e.hireDate | localDate }}
            @if (isNewHire(e)) {
              <span class="badge new">{{ 'people.newHire' | t }}</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ 'people.status' | t }}</th>
          <td mat-cell *matCellDef="let e">
            <span class="badge" [class]="'badge status-' + e.status">{{
              'people.statuses.' + e.status | t
            }}</span>
          </td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef>
            <span class="cdk-visually-hidden">{{ 'common.actions' | t }}</span>
          </th>
          <td mat-cell *matCellDef="let e">
            <button
              mat-icon-button
              type="button"
              (click)="edit.emit(e)"
              [matTooltip]="'common.edit' | t"
              [attr.aria-label]="('common.edit' | t) + ' ' + e.fullName"
            >
              <mat-icon>edit</mat-icon>
            </button>
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns()"></tr>
        <tr mat-row *matRowDef="let row; columns: columns()"></tr>
      </table>
    </div>
    @if (paginated()) {
      <mat-paginator
        [length]="total()"
        [pageIndex]="pageIndex()"
        [pageSize]="pageSize()"
        [pageSizeOptions]="[10, 25, 50, 100]"
        (page)="page.emit($event)"
        [attr.aria-label]="'common.pagination' | t"
      />
    }
  `,
  styles: `
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
    }
    .name {
      font-weight: 500;
      color: inherit;
    }
    .sub {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .badge {
      display: inline-block;
      white-space: nowrap;
      padding: 2px 8px;
      border-radius: 12px;
      font: var(--mat-sys-label-small);
      background: var(--mat-sys-surface-container-high);
      margin-left: 4px;
    }
    .badge.new {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .status-active {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      margin-left: 0;
    }
    .status-on_leave {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      margin-left: 0;
    }
    .status-left {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
      margin-left: 0;
    }
  `,
})
export class EmployeeTableComponent {
  readonly employees = input.required<EmployeeDto[]>();
  readonly caption = input('');
  readonly total = input(0);
  readonly pageIndex = input(0);
  readonly pageSize = input(25);
  readonly paginated = input(true);
  readonly showUnit = input(true);
  readonly editable = input(false);
  /** Today, injectable for tests. */
  readonly today = input(new Date());

  readonly page = output<PageEvent>();
  readonly edit = output<EmployeeDto>();

  /** Phone width: the name (with title and unit beneath), the status and the actions. */
  protected readonly narrow = phoneWidth();

  readonly columns = computed(() =>
    this.narrow()
      ? ['name', 'status', ...(this.editable() ? ['actions'] : [])]
      : [
          'name',
          'title',
          ...(this.showUnit() ? ['unit'] : []),
          'manager',
          'hireDate',
          'status',
          ...(this.editable() ? ['actions'] : []),
        ],
  );

  isNewHire(employee: EmployeeDto): boolean {
    const hired = Date.parse(`${employee.hireDate}T00:00:00Z`);
    return this.today().getTime() - hired < NEW_HIRE_DAYS * 86_400_000 && this.today().getTime() >= hired;
  }
}
