import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { SimulationOutput } from '@cadre/compensation/engine';
import type { PlanExampleDto } from '@cadre/shared/contracts';

/** Typed calls to the compensation API: example plans and simulation. */
@Injectable({ providedIn: 'root' })
export class CompensationApi {
  private readonly http = inject(HttpClient);

  examples(): Observable<PlanExampleDto[]> {
    return this.http.get<PlanExampleDto[]>('/api/compensation/examples');
  }

  /**
   * Runs a plan document as the user wrote it: the text goes to the server unparsed, so
   * that a document that is not JSON is reported by the same checks as everything else.
   */
  simulate(document: string): Observable<SimulationOutput> {
    return this.http.post<SimulationOutput>('/api/compensation/simulate', document, {
      headers: { 'Content-Type': 'application/json' },
    });
  }
}
