import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@cadre/shared/contracts';
import { InvalidInputError } from './domain-errors';
import { fieldErrorCode } from './field-error-codes';
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
      // Each error keeps the object it was found in, so its constraint's arguments (the 120
      // of MaxLength(120)) can be read back for the error's code and parameters.
      validationError: { target: true, value: false },
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
    const own = Object.entries(error.constraints ?? {}).map(([constraint, reason]) => ({
      field,
      reason: reason.replace(/^\S+ (?=(must|should|has))/, ''),
      ...fieldErrorCode(error, constraint),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}
