import type { FieldError, FieldErrorCode } from '@cadre/shared/contracts';

/** Errors the services raise; one filter maps them to HTTP. */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'not_found';
  constructor(entity: string, id?: string) {
    super(id ? `${entity} ${id} was not found` : `${entity} was not found`);
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
  constructor(
    message: string,
    readonly code = 'conflict',
  ) {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code = 'forbidden';
}

export class UnauthenticatedError extends DomainError {
  readonly status = 401;
  readonly code = 'unauthenticated';
}

export class InvalidInputError extends DomainError {
  readonly status = 400;
  readonly code = 'validation_failed';
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.reason}`).join('; '));
  }

  static field(
    field: string,
    reason: string,
    code?: FieldErrorCode,
    params?: Record<string, string | number>,
  ): InvalidInputError {
    return new InvalidInputError([
      { field, reason, ...(code ? { code } : {}), ...(params ? { params } : {}) },
    ]);
  }
}

export class TooManyAttemptsError extends DomainError {
  readonly status = 429;
  readonly code = 'too_many_attempts';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-in attempts. Try again in ${formatWait(retryAfterSeconds)}.`);
  }
}

/**
 * The request is well formed but asks for more than the service does at once (a
 * simulation whose answer would be too large). The message names the limit and by how
 * much; `limit` is its machine-readable name.
 */
export class LimitExceededError extends DomainError {
  readonly status = 422;
  readonly code = 'limit_exceeded';
  constructor(
    message: string,
    readonly limit: string,
  ) {
    super(message);
  }
}

/** Too many requests from one address to the anonymous routes. */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly code = 'too_many_requests';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests from your address. Try again in ${formatWait(retryAfterSeconds)}.`);
  }
}

/** The service cannot take the work now (too much at once, or it ran too long). */
export class ServiceBusyError extends DomainError {
  readonly status = 503;
  readonly code = 'busy';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

function formatWait(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}
