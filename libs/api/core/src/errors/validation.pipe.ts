import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@cadre/shared/contracts';
import { InvalidInputError } from './domain-errors';
import { findUnsafeInput } from './input-safety';

/**
 * Strict input: unknown fields are refused, and every problem names its field. Before
 * any DTO is built, every body, query and path value is checked for what no field may
 * hold (NUL, lone surrogates, `__proto__`, absurd nesting), so such input is a 400
 * rather than a database error or a stack overflow deeper in.
 */
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new InvalidInputError(flattenValidationErrors(errors)),
    });
  }

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const unsafe = findUnsafeInput(value, metadata.data ?? '');
      if (unsafe) throw new InvalidInputError([unsafe]);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe();
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
