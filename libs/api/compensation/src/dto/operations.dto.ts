import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  Max,
  Min,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  STATEMENT_STATUSES,
  type CreateAssignmentsRequest,
  type CreatePlanRequest,
  type QuotaDto,
  type RaiseDisputeRequest,
  type ResolveDisputeRequest,
  type SavePlanDraftRequest,
  type StatementDecisionRequest,
  type StatementRejectionRequest,
  type StatementStatus,
} from '@cadre/shared/contracts';
import { IsIsoDate, Trim } from '@cadre/api/core';

const PERIOD_KEY = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;
const PERIOD_MESSAGE = { message: 'must be a month such as "2026-11" or a quarter such as "2026-Q4"' };
const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;
const BULK = 500;

export class CreatePlanDto implements CreatePlanRequest {
  @ApiProperty({ example: 'ae-2027' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,39}$/, { message: 'must be 2-40 lower-case letters, digits or dashes' })
  code!: string;

  @ApiProperty({ example: '2027-01-01' })
  @IsIsoDate()
  effectiveFrom!: string;

  @ApiProperty({ description: 'The plan object of the document format (docs/commission-plans.md)' })
  @IsObject()
  document!: Record<string, unknown>;
}

export class SavePlanDraftDto implements SavePlanDraftRequest {
  @ApiProperty({ example: '2027-01-01' })
  @IsIsoDate()
  effectiveFrom!: string;

  @ApiProperty()
  @IsObject()
  document!: Record<string, unknown>;
}

export class QuotaInputDto implements QuotaDto {
  @ApiProperty({ example: '2026-11' })
  @Matches(PERIOD_KEY, PERIOD_MESSAGE)
  period!: string;

  @ApiProperty({ example: 'revenue' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'must be a metric code' })
  metric!: string;

  @ApiProperty({ example: '120000' })
  @Matches(DECIMAL, { message: 'must be a number of at least 0, such as "120000"' })
  value!: string;
}

export class QuotasFromTargetsDto {
  @ApiProperty({ example: 'revenue' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'must be a metric code' })
  metric!: string;

  @ApiProperty({ example: ['2026-10', '2026-11'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(24)
  @Matches(PERIOD_KEY, { each: true, ...PERIOD_MESSAGE })
  periods!: string[];
}

export class CreateAssignmentsDto implements CreateAssignmentsRequest {
  @ApiProperty()
  @IsUUID()
  planId!: string;

  @ApiPropertyOptional({ type: [String], description: 'The people, or give roleProfileId' })
  @ValidateIf((o: CreateAssignmentsDto) => o.roleProfileId === undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK)
  @IsUUID('all', { each: true })
  employeeIds?: string[];

  @ApiPropertyOptional({ description: 'Everyone active on this role profile, instead of employeeIds' })
  @ValidateIf((o: CreateAssignmentsDto) => o.employeeIds === undefined || o.roleProfileId !== undefined)
  @IsUUID()
  roleProfileId?: string;

  @ApiProperty({ example: '2026-01-01' })
  @IsIsoDate()
  startsOn!: string;

  @ApiPropertyOptional({ example: null })
  @IsOptional()
  @IsIsoDate()
  endsOn!: string | null;

  @ApiProperty({ type: [QuotaInputDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => QuotaInputDto)
  quotas!: QuotaInputDto[];

  @ApiPropertyOptional({ type: QuotasFromTargetsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuotasFromTargetsDto)
  quotasFromTargets!: QuotasFromTargetsDto | null;
}

export class AcknowledgePlanDto {
  @ApiProperty({ description: 'The person types their full name' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;
}

export class RequestRunDto {
  @ApiProperty({ example: '2026-10' })
  @Matches(PERIOD_KEY, PERIOD_MESSAGE)
  period!: string;
}

export class PeriodQueryDto {
  @ApiPropertyOptional({ example: '2026-10' })
  @IsOptional()
  @Matches(PERIOD_KEY, PERIOD_MESSAGE)
  period?: string;
}

export class StatementQueryDto {
  @ApiPropertyOptional({ example: '2026-10' })
  @IsOptional()
  @Matches(PERIOD_KEY, PERIOD_MESSAGE)
  period?: string;

  @ApiPropertyOptional({ enum: STATEMENT_STATUSES })
  @IsOptional()
  @IsIn(STATEMENT_STATUSES)
  status?: StatementStatus;
}

export class OffsetQueryDto {
  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}

export class StatementQueueQueryDto {
  @ApiProperty({
    enum: ['team', 'finance'],
    description: "team: a manager's drafts to approve; finance: approvals to lock",
  })
  @IsIn(['team', 'finance'])
  mode!: 'team' | 'finance';

  @ApiPropertyOptional({ example: '2026-10', description: 'Default: the latest with something awaiting you' })
  @IsOptional()
  @Matches(PERIOD_KEY, PERIOD_MESSAGE)
  period?: string;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;

  @ApiPropertyOptional({ default: 200, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 200;
}

export class StatementDecisionDto implements StatementDecisionRequest {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK)
  @IsUUID('all', { each: true })
  statementIds!: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  comment!: string | null;
}

export class StatementRejectionDto implements StatementRejectionRequest {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK)
  @IsUUID('all', { each: true })
  statementIds!: string[];

  @ApiProperty()
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

export class RaiseDisputeDto implements RaiseDisputeRequest {
  @ApiProperty({ example: 'rev', description: 'The component id of the disputed line' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  component!: string;

  @ApiProperty()
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}

export class ResolveDisputeDto implements ResolveDisputeRequest {
  @ApiProperty({ enum: ['accept', 'reject'] })
  @IsIn(['accept', 'reject'])
  decision!: 'accept' | 'reject';

  @ApiProperty()
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  resolution!: string;

  @ApiPropertyOptional({
    example: '500.00',
    description: 'With accept: positive is paid, negative recovered',
  })
  @IsOptional()
  @Matches(/^-?\d{1,15}(\.\d{1,6})?$/, { message: 'must be a decimal number such as "500.00" or "-120"' })
  amount!: string | null;
}

export class StatementPdfQueryDto {
  @ApiPropertyOptional({ enum: ['en', 'zh-CN'] })
  @IsOptional()
  @IsIn(['en', 'zh-CN'])
  lang?: 'en' | 'zh-CN';
}
