import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { buildOrgTree, flattenOrgTree, IdentityApi } from '@cadre/web/identity/data-access';

/**
 * The org units to choose from, in tree order with their depth (to indent them), for
 * another context's form. Provide it where the choice is made.
 */
@Injectable()
export class OrgUnitChoices {
  private readonly api = inject(IdentityApi);
  private readonly list = rxResource({ stream: () => this.api.orgUnits() });

  readonly units = computed(() =>
    this.list.hasValue() ? flattenOrgTree(buildOrgTree(this.list.value())) : [],
  );
}
