import { Injectable, computed, inject, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import type { EmployeeStatus } from '@cadre/shared/contracts';
import { IdentityApi } from './identity.api';

/**
 * A searchable, filterable, paginated list of the employees the caller may see.
 * Provide it per component: each directory keeps its own query.
 */
@Injectable()
export class EmployeeDirectoryStore {
  private readonly api = inject(IdentityApi);

  readonly search = signal('');
  readonly orgUnitId = signal<string | undefined>(undefined);
  readonly status = signal<EmployeeStatus | undefined>(undefined);
  readonly pageIndex = signal(0);
  readonly pageSize = signal(25);

  // Typing waits for a pause before asking the server.
  private readonly settledSearch = toSignal(
    toObservable(this.search).pipe(debounceTime(250), distinctUntilChanged()),
    { initialValue: '' },
  );

  readonly page = rxResource({
    params: () => ({
      search: this.settledSearch().trim() || undefined,
      orgUnitId: this.orgUnitId(),
      status: this.status(),
      limit: this.pageSize(),
      offset: this.pageIndex() * this.pageSize(),
    }),
    stream: ({ params }) => this.api.employees(params),
  });

  readonly employees = computed(() => (this.page.hasValue() ? this.page.value().items : []));
  readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));
  readonly isFiltered = computed(
    () => !!this.settledSearch().trim() || !!this.orgUnitId() || !!this.status(),
  );

  setSearch(value: string): void {
    this.search.set(value);
    this.pageIndex.set(0);
  }

  setOrgUnit(id: string | undefined): void {
    this.orgUnitId.set(id || undefined);
    this.pageIndex.set(0);
  }

  setStatus(status: EmployeeStatus | undefined): void {
    this.status.set(status || undefined);
    this.pageIndex.set(0);
  }

  setPage(pageIndex: number, pageSize: number): void {
    this.pageIndex.set(pageSize === this.pageSize() ? pageIndex : 0);
    this.pageSize.set(pageSize);
  }

  reload(): void {
    this.page.reload();
  }
}
