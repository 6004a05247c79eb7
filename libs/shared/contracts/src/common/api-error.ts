/** The body of every error the API answers. */
export interface ApiError {
  statusCode: number;
  error: string;
  /** A sentence a person can act on. */
  message: string;
  /** Stable machine-readable reason, e.g. `validation_failed`, `not_found`, `conflict`. */
  code: string;
  /** For 400s: every field that was wrong and why. */
  errors?: FieldError[];
  /** For 429s and 503s: seconds until another attempt is allowed. */
  retryAfterSeconds?: number;
  /** For 422 `limit_exceeded`: which limit the request would break. */
  limit?: string;
}

export interface FieldError {
  field: string;
  reason: string;
}
