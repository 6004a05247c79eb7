import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiError, FieldError } from '@cadre/shared/contracts';

export class FieldErrorSchema implements FieldError {
  @ApiProperty({ example: 'email' }) field!: string;
  @ApiProperty({ example: 'must be an email address' }) reason!: string;
}

/** OpenAPI description of the error body every endpoint may answer. */
export class ApiErrorSchema implements ApiError {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ example: 'email: must be an email address' }) message!: string;
  @ApiProperty({ example: 'validation_failed' }) code!: string;
  @ApiPropertyOptional({ type: [FieldErrorSchema] }) errors?: FieldError[];
  @ApiPropertyOptional({ example: 540 }) retryAfterSeconds?: number;
  @ApiPropertyOptional({ example: 'statements', description: 'For 422 limit_exceeded: the limit' })
  limit?: string;
}
