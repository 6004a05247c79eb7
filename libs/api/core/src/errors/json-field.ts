import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import { InvalidInputError } from './domain-errors';
import { findUnsafeInput } from './input-safety';
import { flattenValidationErrors } from './validation.pipe';

/**
 * A JSON document sent as one field of a multipart form (beside a file), checked exactly
 * as a JSON body would be: safe input, then the DTO's rules (unknown fields refused).
 * Field errors name the DTO's fields, as they would for a JSON body.
 */
export async function parseJsonField<T extends object>(
  text: string | undefined,
  field: string,
  dto: ClassConstructor<T>,
): Promise<T> {
  if (text === undefined || text.trim() === '')
    throw InvalidInputError.field(field, 'is required: the details as a JSON object');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw InvalidInputError.field(field, 'is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw InvalidInputError.field(field, 'must be a JSON object');
  const unsafe = findUnsafeInput(parsed, '');
  if (unsafe) throw new InvalidInputError([unsafe]);
  const instance = plainToInstance(dto, parsed);
  const errors = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: true, value: false },
  });
  if (errors.length) throw new InvalidInputError(flattenValidationErrors(errors));
  return instance;
}
