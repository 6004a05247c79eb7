import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@cadre/shared/contracts';
import { InvalidInputError } from './domain-errors';

/** Strict input: unknown fields are refused, and every problem names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new InvalidInputError(flattenValidationErrors(errors)),
  });
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({
      field,
      reason: reason.replace(/^\S+ (?=(must|should|has))/, ''),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}
