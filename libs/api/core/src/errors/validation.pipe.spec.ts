import type { ValidationError } from '@nestjs/common';
import { flattenValidationErrors } from './validation.pipe';

const error = (
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError => ({ property, constraints, children });

describe('flattenValidationErrors', () => {
  it('names each field with its reason, without repeating the field name', () => {
    expect(flattenValidationErrors([error('email', { isEmail: 'email must be an email' })])).toEqual([
      { field: 'email', reason: 'must be an email' },
    ]);
  });

  it('writes nested paths with dots and array indexes with brackets', () => {
    const nested = error('credits', undefined, [
      error('3', undefined, [error('amount', { isDecimal: 'amount must be a decimal' })]),
    ]);
    expect(flattenValidationErrors([nested])).toEqual([
      { field: 'credits[3].amount', reason: 'must be a decimal' },
    ]);
  });

  it('keeps whitelist refusals readable', () => {
    expect(
      flattenValidationErrors([error('admin', { whitelistValidation: 'property admin should not exist' })]),
    ).toEqual([{ field: 'admin', reason: 'property admin should not exist' }]);
  });
});
