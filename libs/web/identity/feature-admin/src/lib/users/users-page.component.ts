import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { debounceTime } from 'rxjs';
import { ROLES, type Role, type UserDto } from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier, SessionStore } from '@cadre/web/core';
import { I18n, LocalDatePipe, provideTranslatedPaginator, TranslatePipe } from '@cadre/web/i18n';
import { IdentityApi } from '@cadre/web/identity/data-access';
import {
  confirmAction,
  EmptyStateComponent,
  ErrorStateComponent,
  PageHeaderComponent,
  phoneWidth,
} from '@cadre/web/ui';
import { SetPasswordDialogComponent } from './set-password-dialog.component';
import { UserDialogComponent } from './user-dialog.component';

/** Accounts: create them, set roles, deactivate, reset passwords (admin). */
@Component({
  selector: 'cadre-users-page',
  imports: [
    ErrorTextPipe,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    MatPaginatorModule,
    MatMenuModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalDatePipe,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslatedPaginator()],
  template: `
    <div class="page">
      <cadre-page-header [title]="'users.title' | t" [subtitle]="'users.subtitle' | t">
        <button mat-flat-button type="button" (click)="openDialog(null)" data-testid="add-user">
          <mat-icon>person_add</mat-icon>{{ 'users.add' | t }}
        </button>
      </cadre-page-header>
      <div class="filters">
        <mat-form-field>
          <mat-label>{{ 'users.search' | t }}</mat-label>
          <mat-icon matPrefix>search</mat-icon>
          <input matInput type="search" (input)="onSearch($event)" data-testid="users-search" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'users.role' | t }}</mat-label>
          <mat-select [value]="role() ?? ''" (valueChange)="setRole($event)">
            <mat-option value="">{{ 'common.all' | t }}</mat-option>
            @for (r of roles; track r) {
              <mat-option [value]="r">{{ 'roles.' + r | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      <mat-card appearance="outlined">
        @if (users.isLoading()) {
          <mat-progress-bar mode="indeterminate" />
        }
        @if (users.error()) {
          <cadre-error-state
            [message]="users.error() | errorText"
            [retryLabel]="'common.retry' | t"
            (retry)="users.reload()"
          />
        } @else if (!users.isLoading() && total() === 0) {
          <cadre-empty-state icon="manage_accounts" [title]="'users.empty' | t" />
        } @else {
          <div class="table-wrap">
            <table
              mat-table
              [dataSource]="items()"
              [attr.aria-label]="'users.title' | t"
              data-testid="users-table"
            >
              <ng-container matColumnDef="name">
                <th mat-header-cell *matHeaderCellDef>{{ 'users.displayName' | t }}</th>
                <td mat-cell *matCellDef="let u">
                  <div class="name">{{ u.displayName }}</div>
                  <div class="muted small">{{ u.email }}</div>
                  @if (narrow()) {
                    <div class="muted small">{{ roleNames(u.roles) }}</div>
                  }
                </td>
              </ng-container>
              <ng-container matColumnDef="roles">
                <th mat-header-cell *matHeaderCellDef>{{ 'users.roles' | t }}</th>
                <td mat-cell *matCellDef="let u">{{ roleNames(u.roles) }}</td>
              </ng-container>
              <ng-container matColumnDef="status">
                <th mat-header-cell *matHeaderCellDef>{{ 'users.status' | t }}</th>
                <td mat-cell *matCellDef="let u">
                  <span class="badge" [class.inactive]="!u.isActive">{{
                    (u.isActive ? 'users.active' : 'users.inactive') | t
                  }}</span>
                </td>
              </ng-container>
              <ng-container matColumnDef="lastLogin">
                <th mat-header-cell *matHeaderCellDef>{{ 'users.lastLogin' | t }}</th>
                <td mat-cell *matCellDef="let u">
                  {{ u.lastLoginAt ? (u.lastLoginAt | localDate: 'datetime') : ('users.never' | t) }}
                </td>
              </ng-container>
              <ng-container matColumnDef="actions">
                <th mat-header-cell *matHeaderCellDef>
                  <span class="cdk-visually-hidden">{{ 'common.actions' | t }}</span>
                </th>
                <td mat-cell *matCellDef="let u">
                  <button
                    mat-icon-button
                    type="button"
                    [matMenuTriggerFor]="menu"
                    [attr.aria-label]="'users.actionsFor' | t: { name: u.displayName }"
                  >
                    <mat-icon>more_vert</mat-icon>
                  </button>
                  <mat-menu #menu="matMenu">
                    <button mat-menu-item type="button" (click)="openDialog(u)">
                      <mat-icon>edit</mat-icon>{{ 'common.edit' | t }}
                    </button>
                    <button mat-menu-item type="button" (click)="setPassword(u)">
                      <mat-icon>key</mat-icon>{{ 'users.setPassword' | t }}
                    </button>
                    @if (u.id !== session.user()?.id) {
                      <button mat-menu-item type="button" (click)="toggleActive(u)">
                        <mat-icon>{{ u.isActive ? 'block' : 'check_circle' }}</mat-icon>{{
                          (u.isActive ? 'users.deactivate' : 'users.reactivate') | t
                        }}
                      </button>
                    }
                  </mat-menu>
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns()"></tr>
              <tr mat-row *matRowDef="let row; columns: columns()"></tr>
            </table>
          </div>
          <mat-paginator
            [length]="total()"
            [pageIndex]="pageIndex()"
            [pageSize]="pageSize()"
            [pageSizeOptions]="[10, 25, 50]"
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
    }
    .filters mat-form-field {
      flex: 1 1 220px;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
    }
    .name {
      font-weight: 500;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .badge {
      padding: 2px 8px;
      border-radius: 12px;
      font: var(--mat-sys-label-small);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .badge.inactive {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class UsersPageComponent {
  private readonly api = inject(IdentityApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  protected readonly session = inject(SessionStore);

  protected readonly roles = ROLES;
  /** On a phone: the name (roles beneath it), the status and the actions, no sideways scroll. */
  protected readonly narrow = phoneWidth();
  protected readonly columns = computed(() =>
    this.narrow() ? ['name', 'status', 'actions'] : ['name', 'roles', 'status', 'lastLogin', 'actions'],
  );
  protected readonly search = signal('');
  protected readonly role = signal<Role | undefined>(undefined);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);
  private readonly settledSearch = toSignal(toObservable(this.search).pipe(debounceTime(250)), {
    initialValue: '',
  });

  protected readonly users = rxResource({
    params: () => ({
      search: this.settledSearch() || undefined,
      role: this.role(),
      limit: this.pageSize(),
      offset: this.pageIndex() * this.pageSize(),
    }),
    stream: ({ params }) => this.api.users(params),
  });
  protected readonly items = computed(() => (this.users.hasValue() ? this.users.value().items : []));
  protected readonly total = computed(() => (this.users.hasValue() ? this.users.value().total : 0));

  protected onSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
    this.pageIndex.set(0);
  }

  protected setRole(role: Role | ''): void {
    this.role.set(role || undefined);
    this.pageIndex.set(0);
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageSize === this.pageSize() ? event.pageIndex : 0);
    this.pageSize.set(event.pageSize);
  }

  protected roleNames(roles: Role[]): string {
    return roles.map((r) => this.i18n.t(`roles.${r}`)).join(', ');
  }

  protected openDialog(user: UserDto | null): void {
    this.dialog
      .open(UserDialogComponent, { data: user })
      .afterClosed()
      .subscribe((saved: UserDto | undefined) => {
        if (!saved) return;
        this.notifier.success(user ? 'users.saved' : 'users.created', { name: saved.displayName });
        this.users.reload();
      });
  }

  protected setPassword(user: UserDto): void {
    this.dialog
      .open(SetPasswordDialogComponent, { data: user })
      .afterClosed()
      .subscribe(
        (done: boolean | undefined) =>
          done && this.notifier.success('users.passwordSet', { name: user.displayName }),
      );
  }

  protected async toggleActive(user: UserDto): Promise<void> {
    // Deactivating ends the person's sessions at once: asked first; reactivating is not.
    if (user.isActive) {
      const confirmed = await confirmAction(this.dialog, {
        title: this.i18n.t('users.deactivateConfirm.title', { name: user.displayName }),
        message: this.i18n.t('users.deactivateConfirm.message'),
        confirmLabel: this.i18n.t('users.deactivateConfirm.confirm'),
        cancelLabel: this.i18n.t('common.cancel'),
        destructive: true,
      });
      if (!confirmed) return;
    }
    this.api.updateUser(user.id, { isActive: !user.isActive }).subscribe({
      next: (saved) => {
        this.notifier.success(saved.isActive ? 'users.reactivated' : 'users.deactivated', {
          name: saved.displayName,
        });
        this.users.reload();
      },
      error: (error: unknown) => this.notifier.error(error),
    });
  }
}
