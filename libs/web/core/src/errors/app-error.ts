import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError, FieldError } from '@cadre/shared/contracts';

/** What a screen needs to tell the user about a failed call. */
export interface AppError {
  status: number;
  code: string;
  /** A sentence that says what happened and what to do (from the server when it has one). */
  message: string;
  fieldErrors: FieldError[];
  retryAfterSeconds?: number;
}

export function toAppError(error: unknown): AppError {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) {
      return { status: 0, code: 'offline', message: 'errors.offline', fieldErrors: [] };
    }
    const body = error.error as Partial<ApiError> | null;
    if (body && typeof body === 'object' && typeof body.message === 'string') {
      return {
        status: error.status,
        code: body.code ?? 'error',
        message: body.message,
        fieldErrors: body.errors ?? [],
        retryAfterSeconds: body.retryAfterSeconds,
      };
    }
    return {
      status: error.status,
      code: 'error',
      message: error.status >= 500 ? 'errors.server' : 'errors.unknown',
      fieldErrors: [],
    };
  }
  return { status: -1, code: 'error', message: 'errors.unknown', fieldErrors: [] };
}
