import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { FieldErrorCode } from '@cadre/shared/contracts';

type Params = Record<string, string | number>;

/**
 * The stable code (and its parameters) of one broken class-validator constraint, so a
 * client can say it in the reader's language: `maxLength` with 120 is
 * `{ code: 'too_long', params: { max: 120 } }`. Null for a constraint without one: the
 * English reason then stands.
 */
export function fieldErrorCode(
  error: ValidationError,
  constraint: string,
): { code: FieldErrorCode; params?: Params } | null {
  const args = constraintArgs(error, constraint);
  const first = args[0];
  switch (constraint) {
    case 'isNotEmpty':
    case 'isDefined':
      return { code: 'required' };
    case 'minLength':
      return first === 1 ? { code: 'required' } : { code: 'too_short', params: { min: Number(first) } };
    case 'maxLength':
      return { code: 'too_long', params: { max: Number(first) } };
    case 'arrayMinSize':
      return { code: 'too_few', params: { min: Number(first) } };
    case 'arrayMaxSize':
      return { code: 'too_many', params: { max: Number(first) } };
    case 'min':
      return { code: 'too_small', params: { min: Number(first) } };
    case 'max':
      return { code: 'too_large', params: { max: Number(first) } };
    case 'isEmail':
      return { code: 'email' };
    case 'isIn':
      return { code: 'one_of', params: { values: (first as unknown[] | undefined)?.join(', ') ?? '' } };
    case 'isEnum':
      return { code: 'one_of', params: { values: Object.values(first ?? {}).join(', ') } };
    case 'isInt':
      return { code: 'whole_number' };
    case 'isNumber':
    case 'isNumberString':
    case 'isDecimal':
      return { code: 'number' };
    case 'isUuid':
      return { code: 'id' };
    case 'isIsoDate':
      return { code: 'date' };
    case 'isTimestamp':
      return { code: 'timestamp' };
    case 'isString':
      return { code: 'text' };
    case 'isArray':
      return { code: 'list' };
    case 'isBoolean':
      return { code: 'yes_no' };
    case 'isObject':
    case 'nestedValidation':
      return { code: 'object' };
    case 'whitelistValidation':
      return { code: 'unknown_field' };
    case 'matches':
      return { code: 'format' };
    default:
      return null;
  }
}

/** The arguments a decorator was given (MaxLength(120) -> [120]), read from class-validator's metadata. */
function constraintArgs(error: ValidationError, constraint: string): unknown[] {
  const target = error.target as object | undefined;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint);
  return (metadata?.constraints as unknown[] | undefined) ?? [];
}
