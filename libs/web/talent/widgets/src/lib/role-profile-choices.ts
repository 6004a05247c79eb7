import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { RoleProfileDto } from '@cadre/shared/contracts';
import { TalentApi } from '@cadre/web/talent/data-access';

/**
 * The role profiles to choose from, for another context's form (a requisition is opened
 * against one). Provide it where the choice is made; it loads when first provided.
 */
@Injectable()
export class RoleProfileChoices {
  private readonly api = inject(TalentApi);
  private readonly list = rxResource({ stream: () => this.api.profiles() });

  readonly profiles = computed<RoleProfileDto[]>(() => (this.list.hasValue() ? this.list.value() : []));
}
