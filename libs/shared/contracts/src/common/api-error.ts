import type { PlanProblemCode } from '../compensation/plan-problem';

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

/**
 * Why a field was refused, as a stable code a client translates (with `params`); the
 * English `reason` says the same for API clients and for codes a client does not know.
 */
export const FIELD_ERROR_CODES = [
  // Shape and type of a value.
  'required',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'too_small',
  'too_large',
  'email',
  'one_of',
  'whole_number',
  'number',
  'id',
  'date',
  'timestamp',
  'text',
  'list',
  'yes_no',
  'object',
  'format',
  'unknown_field',
  // What no field may hold.
  'nul_character',
  'lone_surrogate',
  'forbidden_key',
  'too_deep',
  // Rules of the domain.
  'no_such_record',
  'password_wrong',
  'password_same',
  'password_blank',
  'password_repeated',
  'password_personal',
  'password_guessable',
  'file_missing',
  'file_empty',
  'file_too_big',
  'file_type',
  'file_content',
  'contact_needed',
  'inactive_person',
  'reason_required',
  'own_account',
  'cycle',
  'listed_twice',
  'incomplete',
  'quiz_key',
  'not_in_attempt',
  'link_or_file',
  'unit_kind',
  'self_pairing',
  'own_manager',
  'not_a_mentor',
  'plan_metric',
  'plan_attribute',
  'plan_inline_credits',
  'overlapping',
  'future_period',
  'name_mismatch',
  'own_statement',
  'four_eyes',
  'empty_role_profile',
  'skips_level',
  'not_in_level',
  'not_rated',
  'unknown_certification',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export interface FieldError {
  field: string;
  /** In English, for API clients and as the fallback. */
  reason: string;
  /** A commission document's problems (the simulator's 400) carry a `plan_*` code. */
  code?: FieldErrorCode | PlanProblemCode;
  /** Values the translated sentence needs, e.g. `{ max: 120 }` for `too_long`. */
  params?: Record<string, string | number>;
}
