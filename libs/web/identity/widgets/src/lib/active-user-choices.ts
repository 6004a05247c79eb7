import { computed, inject, Injectable, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { hasPermission, type Permission, type UserDto } from '@cadre/shared/contracts';
import { IdentityApi } from '@cadre/web/identity/data-access';

/**
 * Active users to choose from (an interviewer, say), for another context's form. Nothing
 * is fetched until the condition given to `loadWhen` holds: only callers allowed to list
 * users should ask.
 */
@Injectable()
export class ActiveUserChoices {
  private readonly api = inject(IdentityApi);
  private readonly wanted = signal<() => boolean>(() => false);
  private readonly list = rxResource({
    params: () => (this.wanted()() ? true : undefined),
    stream: () => this.api.users({ isActive: true, limit: 200 }),
  });

  /** Active users whose roles grant the permission (as the server decides it). */
  withPermission(permission: Permission) {
    return computed<UserDto[]>(() =>
      (this.list.hasValue() ? this.list.value().items : []).filter((u) => hasPermission(u.roles, permission)),
    );
  }

  /** Fetches the users whenever the condition (a signal read) holds. */
  loadWhen(condition: () => boolean): void {
    this.wanted.set(condition);
  }
}
