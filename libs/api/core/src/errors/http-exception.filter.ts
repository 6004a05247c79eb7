import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { ApiError } from '@cadre/shared/contracts';
import {
  DomainError,
  InvalidInputError,
  LimitExceededError,
  ServiceBusyError,
  TooManyAttemptsError,
  TooManyRequestsError,
} from './domain-errors';

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'unprocessable',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

/** The one place errors become HTTP answers; every body has the ApiError shape. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toApiError(exception);
    if (body.retryAfterSeconds) response.setHeader('Retry-After', String(body.retryAfterSeconds));
    response.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof DomainError) {
      return {
        statusCode: exception.status,
        error: humanStatus(exception.status),
        code: exception.code,
        message: exception.message,
        ...(exception instanceof InvalidInputError ? { errors: exception.errors } : {}),
        ...(exception instanceof LimitExceededError ? { limit: exception.limit } : {}),
        ...(exception instanceof TooManyAttemptsError ||
        exception instanceof TooManyRequestsError ||
        exception instanceof ServiceBusyError
          ? { retryAfterSeconds: exception.retryAfterSeconds }
          : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const message =
        typeof raw === 'string'
          ? raw
          : Array.isArray((raw as { message?: unknown }).message)
            ? (raw as { message: string[] }).message.join('; ')
            : String((raw as { message?: unknown }).message ?? exception.message);
      // Nest turns body-parser's SyntaxError into a bare 400 carrying the parser's words.
      const friendly =
        status === 400 && /JSON/.test(message) ? `The request body is not valid JSON: ${message}` : message;
      return {
        statusCode: status,
        error: humanStatus(status),
        code: CODES[status] ?? 'error',
        message: friendly,
      };
    }
    if (isPoolExhausted(exception)) {
      this.logger.warn('no database connection became free in time; answered 503');
      return busy('The service is too busy to take this request now; try again shortly', 5);
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code;
      // Cancelled by statement_timeout, or a lock not granted in time: bounded waits, not hangs.
      if (code === '57014' || code === '55P03') {
        this.logger.warn(`a query was cancelled (${code}); answered 503: ${exception.query.slice(0, 200)}`);
        return busy('The request took too long and was stopped; try again shortly', 5);
      }
      // A required value left empty that validation let through: say which column, not 500.
      if (code === '23502') {
        const column = (exception.driverError as { column?: string } | undefined)?.column ?? 'a field';
        this.logger.warn(`PostgreSQL refused an empty ${column}: ${exception.message}`);
        return {
          statusCode: 400,
          error: 'Bad Request',
          code: 'validation_failed',
          message: `${column} must have a value`,
          errors: [{ field: camelCase(column), reason: 'must have a value', code: 'required' }],
        };
      }
      // Backstops for values PostgreSQL cannot store or read; input validation should catch them first.
      if (code && BAD_VALUE_CODES.has(code)) {
        this.logger.warn(`PostgreSQL refused a value (${code}): ${exception.message}`);
        return {
          statusCode: 400,
          error: 'Bad Request',
          code: 'bad_request',
          message: 'A value in the request cannot be stored or compared as given',
        };
      }
      // Backstops: services check first, but a race can still reach a constraint.
      if (code === '23505') {
        return {
          statusCode: 409,
          error: 'Conflict',
          code: 'conflict',
          message: 'A record with the same unique value already exists',
        };
      }
      if (code === '23503') {
        return {
          statusCode: 409,
          error: 'Conflict',
          code: 'conflict',
          message: 'The record is still referenced, or refers to a record that does not exist',
        };
      }
    }
    if (isBodyParserError(exception)) {
      return {
        statusCode: exception.status,
        error: humanStatus(exception.status),
        code: CODES[exception.status] ?? 'bad_request',
        message:
          exception.status === 413
            ? `The request body is too large${exception.limit ? ` (the limit is ${Math.round(exception.limit / 1024 / 1024)} MB)` : ''}`
            : 'The request body could not be read',
      };
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return {
      statusCode: 500,
      error: 'Internal Server Error',
      code: 'internal',
      message:
        'Something went wrong on our side; it has been logged. Try again, and tell an administrator if it persists.',
    };
  }
}

/** Data exceptions (SQLSTATE class 22) that mean "this input value is impossible". */
const BAD_VALUE_CODES = new Set([
  '22001', // string too long
  '22003', // numeric out of range
  '22007', // invalid datetime format
  '22008', // datetime field overflow
  '22021', // character not in repertoire (NUL)
  '22P02', // invalid text representation
  '22P05', // untranslatable character
]);

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

function busy(message: string, retryAfterSeconds: number): ApiError {
  return {
    statusCode: 503,
    error: 'Service Unavailable',
    code: 'busy',
    message,
    retryAfterSeconds,
  };
}

/** node-postgres's pool gave up waiting for a free connection (connectionTimeoutMillis). */
function isPoolExhausted(e: unknown): boolean {
  return e instanceof Error && /timeout exceeded when trying to connect/i.test(e.message);
}

function humanStatus(status: number): string {
  return (HttpStatus[status] ?? 'Error')
    .toString()
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function isBodyParserError(e: unknown): e is { status: number; type: string; limit?: number } {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { type?: unknown }).type === 'string' &&
    typeof (e as { status?: unknown }).status === 'number'
  );
}
