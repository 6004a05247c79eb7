import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { ErrorTextPipe } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';
import { EmployeeDirectoryStore } from '@cadre/web/identity/data-access';
import { EmployeeTableComponent } from '@cadre/web/identity/ui';
import { EmptyStateComponent, ErrorStateComponent } from '@cadre/web/ui';

/**
 * HR's people directory on the home page. Its own component, so the directory (and its
 * first read) exists only for those shown it, not for every home page.
 */
@Component({
  selector: 'cadre-home-directory',
  imports: [
    ErrorTextPipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    EmployeeTableComponent,
    EmptyStateComponent,
    ErrorStateComponent,
  ],
  providers: [EmployeeDirectoryStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="search">
      <mat-label>{{ 'people.search' | t }}</mat-label>
      <mat-icon matPrefix>search</mat-icon>
      <input matInput type="search" [value]="directory.search()" (input)="onSearch($event)" />
    </mat-form-field>
    <mat-card appearance="outlined">
      @if (directory.page.error()) {
        <cadre-error-state
          [message]="directory.page.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="directory.reload()"
        />
      } @else if (!directory.page.isLoading() && directory.total() === 0) {
        <cadre-empty-state icon="person_search" [title]="'people.noMatches' | t" />
      } @else {
        <cadre-employee-table
          [employees]="directory.employees()"
          [total]="directory.total()"
          [pageIndex]="directory.pageIndex()"
          [pageSize]="directory.pageSize()"
          [caption]="'home.directory.title' | t"
          (page)="directory.setPage($event.pageIndex, $event.pageSize)"
        />
      }
    </mat-card>
    <p>
      <a mat-button routerLink="/people"
        >{{ 'home.directory.open' | t }} <mat-icon iconPositionEnd>arrow_forward</mat-icon></a
      >
    </p>
  `,
  styles: `
    .search {
      width: min(420px, 100%);
    }
  `,
})
export class HomeDirectoryComponent {
  protected readonly directory = inject(EmployeeDirectoryStore);

  protected onSearch(event: Event): void {
    this.directory.setSearch((event.target as HTMLInputElement).value);
  }
}
