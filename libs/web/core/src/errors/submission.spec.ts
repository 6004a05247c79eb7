import { HttpErrorResponse } from '@angular/common/http';
import { Submission } from './submission';

describe('Submission', () => {
  const describe_ = (error: { message: string }) => `failed: ${error.message}`;

  it('is busy while the work runs, and clears an earlier error', async () => {
    const s = new Submission(describe_);
    s.error.set('fill in every field');
    let release!: () => void;
    const running = s.run(() => new Promise<void>((done) => (release = done)));
    expect(s.busy()).toBe(true);
    expect(s.error()).toBeNull();
    release();
    await expect(running).resolves.toBe(true);
    expect(s.busy()).toBe(false);
  });

  it('ignores a second run while one is in flight', async () => {
    const s = new Submission(describe_);
    let calls = 0;
    let release!: () => void;
    const first = s.run(() => {
      calls++;
      return new Promise<void>((done) => (release = done));
    });
    await expect(s.run(async () => void calls++)).resolves.toBe(false);
    release();
    await first;
    expect(calls).toBe(1);
  });

  it('shows what the server said when the work fails', async () => {
    const s = new Submission(describe_);
    const refusal = new HttpErrorResponse({
      status: 409,
      error: { statusCode: 409, error: 'Conflict', code: 'email_taken', message: 'Email taken' },
    });
    await expect(s.run(() => Promise.reject(refusal))).resolves.toBe(false);
    expect(s.error()).toBe('failed: Email taken');
    expect(s.busy()).toBe(false);
  });
});
