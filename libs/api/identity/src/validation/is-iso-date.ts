import { registerDecorator, ValidationOptions } from 'class-validator';
import { isIsoDate } from '@cadre/shared/util';

/** A calendar date written yyyy-mm-dd that exists (no 2026-02-30). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a date written yyyy-mm-dd', ...options },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}
