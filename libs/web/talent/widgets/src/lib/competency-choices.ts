import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { CompetencyDto } from '@cadre/shared/contracts';
import { TalentApi } from '@cadre/web/talent/data-access';

/**
 * The competencies in use (not archived) to choose from, for another context's form (the
 * competencies a course develops). Provide it where the choice is made.
 */
@Injectable()
export class CompetencyChoices {
  private readonly api = inject(TalentApi);
  private readonly list = rxResource({ stream: () => this.api.competencies() });

  readonly competencies = computed<CompetencyDto[]>(() =>
    this.list.hasValue() ? this.list.value().filter((c) => !c.archived) : [],
  );
}
