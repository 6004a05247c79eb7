import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  Max,
  Min,
  registerDecorator,
  ValidationOptions,
  isISO8601,
} from 'class-validator';
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

/**
 * An ISO 8601 date or date-time that exists on the calendar (no 2027-02-30) in years 1 to
 * 9999, which PostgreSQL can store (it has no year 0).
 */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !isISO8601(value, { strict: true, strictSeparator: true })) return false;
  const year = Number(/^[+-]?(\d{4,6})/.exec(value)?.[1]);
  return year >= 1 && year <= 9999 && !Number.isNaN(Date.parse(value));
}

export function IsTimestamp(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimestamp',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: 'must be a date (yyyy-mm-dd) or date and time (ISO 8601) that exists, in years 1 to 9999',
        ...options,
      },
      validator: { validate: (value: unknown) => isTimestamp(value) },
    });
}

/** Larger offsets are no real page; PostgreSQL's OFFSET would overflow past 2^63 anyway. */
export const MAX_PAGE_OFFSET = 1_000_000_000;

/** The `offset` query parameter of a paged list: a whole number from 0 to MAX_PAGE_OFFSET. */
export function PageOffset(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(0),
    Max(MAX_PAGE_OFFSET),
  );
}

/** Text fields arrive without surrounding white space ("  Gao Fei " is "Gao Fei"). */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** Email addresses compare trimmed and in lower case. */
export function TrimLowercase(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  );
}
