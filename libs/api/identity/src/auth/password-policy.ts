import { Injectable } from '@nestjs/common';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { InvalidInputError } from '@cadre/api/core';
import { MIN_PASSWORD_LENGTH, type FieldErrorCode } from '@cadre/shared/contracts';

/** Below this zxcvbn score (0-4) a password falls to about a million guesses. */
const MIN_SCORE = 2;

/**
 * What a new password must not be: shorter than MIN_PASSWORD_LENGTH, blank, one
 * character repeated, built from the person's own email or name, or easy to guess (the
 * common-password lists and patterns of zxcvbn-ts, shipped in the package, offline).
 * NUL characters never reach here: every request value is refused with one first.
 */
@Injectable()
export class PasswordPolicy {
  private readonly strength = new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  });

  /** Why this password is refused (in English, and as a code), or null when it is acceptable. */
  refusal(
    password: string,
    person: { email: string; name?: string | null },
  ): { reason: string; code: FieldErrorCode; params?: Record<string, number> } | null {
    if (password.trim() === '') return { reason: 'must not be only spaces', code: 'password_blank' };
    if ([...password].length < MIN_PASSWORD_LENGTH)
      return {
        reason: `must be at least ${MIN_PASSWORD_LENGTH} characters`,
        code: 'too_short',
        params: { min: MIN_PASSWORD_LENGTH },
      };
    if (/^(.)\1*$/su.test(password))
      return { reason: 'must not be one character repeated', code: 'password_repeated' };
    const lowered = password.toLowerCase();
    const own = ownWords(person);
    if (own.some((word) => lowered.includes(word)))
      return { reason: 'must not contain your email address or name', code: 'password_personal' };
    const { score } = this.strength.check(password, own);
    if (score < MIN_SCORE)
      return {
        reason:
          'is too easy to guess (a common password, a keyboard pattern or a simple variation of one); use a longer phrase of unrelated words',
        code: 'password_guessable',
      };
    return null;
  }

  /** The English reason alone, or null. */
  problem(password: string, person: { email: string; name?: string | null }): string | null {
    return this.refusal(password, person)?.reason ?? null;
  }

  /** Throws a 400 naming `field` when the password is refused. */
  assertAcceptable(field: string, password: string, person: { email: string; name?: string | null }): void {
    const refusal = this.refusal(password, person);
    if (refusal) throw InvalidInputError.field(field, refusal.reason, refusal.code, refusal.params);
  }
}

/** The parts of a person's email and name that a password must not contain (3+ characters). */
function ownWords(person: { email: string; name?: string | null }): string[] {
  const email = person.email.toLowerCase();
  const local = email.split('@')[0] ?? '';
  const words = [email, local, ...local.split(/[._+-]+/), ...(person.name ?? '').toLowerCase().split(/\s+/)];
  if (person.name) words.push(person.name.toLowerCase().replace(/\s+/g, ''));
  return [...new Set(words.filter((w) => w.length >= 3))];
}
