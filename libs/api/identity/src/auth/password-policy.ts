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

  /** The reason this password is refused, or null when it is acceptable. */
  problem(password: string, person: { email: string; name?: string | null }): string | null {
    if (password.trim() === '') return 'must not be only spaces';
    if ([...password].length < MIN_PASSWORD_LENGTH)
      return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
    if (/^(.)\1*$/su.test(password)) return 'must not be one character repeated';
    const lowered = password.toLowerCase();
    const own = ownWords(person);
    if (own.some((word) => lowered.includes(word))) return 'must not contain your email address or name';
    const { score } = this.strength.check(password, own);
    if (score < MIN_SCORE)
      return 'is too easy to guess (a common password, a keyboard pattern or a simple variation of one); use a longer phrase of unrelated words';
    return null;
  }

  /** Throws a 400 naming `field` when the password is refused. */
  assertAcceptable(field: string, password: string, person: { email: string; name?: string | null }): void {
    const problem = this.problem(password, person);
    if (problem) throw InvalidInputError.field(field, problem);
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
