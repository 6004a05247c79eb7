import { Pipe, PipeTransform } from '@angular/core';
import Decimal from 'decimal.js';

/**
 * A fit score as screens show it: one decimal, rounded half up ("98.81" reads "98.8"); no
 * score reads as a dash. Scores are exact decimal strings from the server, kept so here.
 */
@Pipe({ name: 'fitScore' })
export class FitScorePipe implements PipeTransform {
  transform(score: string | null | undefined): string {
    return score === null || score === undefined ? '—' : new Decimal(score).toFixed(1, Decimal.ROUND_HALF_UP);
  }
}
