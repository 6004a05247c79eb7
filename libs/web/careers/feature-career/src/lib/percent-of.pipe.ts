import { Pipe, type PipeTransform } from '@angular/core';
import { percentOf } from './readiness-format';

/** `'1.12' | percentOf` → `'112'`: a decimal share as a whole percent. */
@Pipe({ name: 'percentOf' })
export class PercentOfPipe implements PipeTransform {
  transform(value: string): string {
    return percentOf(value);
  }
}
