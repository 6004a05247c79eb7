import { ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ConflictError, InvalidInputError, ServiceBusyError, TooManyAttemptsError } from './domain-errors';
import { HttpExceptionFilter } from './http-exception.filter';

function capture(exception: unknown) {
  const headers: Record<string, string> = {};
  let status = 0;
  let body: unknown;
  const response = {
    setHeader: (name: string, value: string) => (headers[name] = value),
    status(code: number) {
      status = code;
      return this;
    },
    json(payload: unknown) {
      body = payload;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new HttpExceptionFilter().catch(exception, host);
  return { status, body, headers };
}

describe('HttpExceptionFilter', () => {
  it('maps a validation failure to 400 with every field', () => {
    const { status, body } = capture(
      new InvalidInputError([{ field: 'email', reason: 'must be an email address' }]),
    );
    expect(status).toBe(400);
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'validation_failed',
      message: 'email: must be an email address',
      errors: [{ field: 'email', reason: 'must be an email address' }],
    });
  });

  it('maps throttling to 429 with Retry-After', () => {
    const { status, body, headers } = capture(new TooManyAttemptsError(540));
    expect(status).toBe(429);
    expect(headers['Retry-After']).toBe('540');
    expect(body).toMatchObject({
      code: 'too_many_attempts',
      retryAfterSeconds: 540,
      message: expect.stringContaining('9 minutes'),
    });
  });

  it('maps a busy service to 503 with Retry-After', () => {
    const { status, headers, body } = capture(new ServiceBusyError('Too many simulations are running', 30));
    expect(status).toBe(503);
    expect(headers['Retry-After']).toBe('30');
    expect(body).toMatchObject({ code: 'busy', error: 'Service Unavailable', retryAfterSeconds: 30 });
  });

  it('keeps the code of a domain conflict', () => {
    expect(capture(new ConflictError('taken', 'email_taken')).body).toMatchObject({
      statusCode: 409,
      code: 'email_taken',
    });
  });

  it("maps Nest's own exceptions and explains bad JSON", () => {
    expect(capture(new NotFoundException('Cannot GET /api/x')).body).toMatchObject({
      statusCode: 404,
      code: 'not_found',
      error: 'Not Found',
    });
    expect(capture(new BadRequestException('Unexpected end of JSON input')).body).toMatchObject({
      statusCode: 400,
      message: 'The request body is not valid JSON: Unexpected end of JSON input',
    });
  });

  it('turns a unique violation that slipped past the service into 409', () => {
    const violation = new QueryFailedError(
      'insert',
      [],
      Object.assign(new Error('duplicate key'), { code: '23505' }),
    );
    expect(capture(violation)).toMatchObject({ status: 409, body: { code: 'conflict' } });
  });

  it('answers 503 with Retry-After when no pooled connection frees up in time, or a statement is cancelled', () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const exhausted = capture(new Error('timeout exceeded when trying to connect'));
    expect(exhausted).toMatchObject({ status: 503, body: { code: 'busy' }, headers: { 'Retry-After': '5' } });
    for (const code of ['57014', '55P03']) {
      const cancelled = new QueryFailedError(
        'select',
        [],
        Object.assign(new Error('canceling statement'), { code }),
      );
      expect(capture(cancelled)).toMatchObject({ status: 503, body: { code: 'busy' } });
    }
    warned.mockRestore();
  });

  it('answers 400 for a value PostgreSQL refuses (a NUL character, an impossible date)', () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    for (const code of ['22021', '22008', '22P02']) {
      const refused = new QueryFailedError('select', [], Object.assign(new Error('invalid'), { code }));
      expect(capture(refused)).toMatchObject({ status: 400, body: { code: 'bad_request' } });
    }
    warned.mockRestore();
  });

  it('hides the internals of anything unexpected behind a 500', () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { status, body } = capture(new Error('secret connection string postgres://u:p@h/db'));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('postgres://');
    logged.mockRestore();
  });
});
