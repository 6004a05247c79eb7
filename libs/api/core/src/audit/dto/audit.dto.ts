import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PagedQuery } from '../../validation/paged-query';
import { IsTimestamp } from '../../validation/validators';
import type { AuditEntryDto, AuditQuery, Page } from '@cadre/shared/contracts';

export class AuditQueryDto extends PagedQuery(200, 50) implements AuditQuery {
  @ApiPropertyOptional({ example: 'user' }) @IsOptional() @IsString() @MaxLength(64) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(128) entityId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() actorUserId?: string;
  @ApiPropertyOptional({ example: 'application.', description: 'Actions starting with this' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsTimestamp() from?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsTimestamp() to?: string;
}

export class AuditEntryResponse implements AuditEntryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) actorUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorEmail!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) subjectName!: string | null;
  @ApiProperty({ example: 'user.create' }) action!: string;
  @ApiProperty({ example: 'user' }) entityType!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) before!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) after!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
}

export class AuditPageResponse implements Page<AuditEntryDto> {
  @ApiProperty({ type: [AuditEntryResponse] }) items!: AuditEntryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
