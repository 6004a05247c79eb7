import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CASCADE_MODES,
  METRIC_AGGREGATIONS,
  METRIC_UNITS,
  type CascadeMode,
  type CascadePart,
  type CascadeTargetRequest,
  type CreateTransactionRequest,
  type CreditRequest,
  type CreateFiscalYearRequest,
  type CreateMetricRequest,
  type MetricAggregation,
  type MetricUnit,
  type SetTargetRequest,
  type TargetQuery,
  type UpdateTargetRequest,
} from '@cadre/shared/contracts';
import { IsIsoDate, Trim } from '@cadre/api/core';

const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;
const DECIMAL_MESSAGE = { message: 'must be a number of at least 0, such as "120000" or "85.5"' };

export class CreateMetricDto implements CreateMetricRequest {
  @ApiProperty({ example: 'revenue' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'must be 2-40 lower-case letters, digits or underscores' })
  code!: string;

  @ApiProperty()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  nameEn!: string;

  @ApiProperty()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  nameZh!: string;

  @ApiProperty({ enum: METRIC_UNITS })
  @IsIn(METRIC_UNITS)
  unit!: MetricUnit;

  @ApiPropertyOptional({ example: 'CNY' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO 4217 code such as CNY' })
  currency?: string | null;

  @ApiProperty({ enum: METRIC_AGGREGATIONS })
  @IsIn(METRIC_AGGREGATIONS)
  aggregation!: MetricAggregation;

  @ApiProperty()
  @IsBoolean()
  higherIsBetter!: boolean;
}

export class CreateFiscalYearDto implements CreateFiscalYearRequest {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;
}

class SmartTextDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  specific?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  measurable?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  achievable?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  relevant?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  timeBound?: string;
}

export class SetTargetDto extends SmartTextDto implements SetTargetRequest {
  @ApiProperty()
  @IsUUID()
  metricId!: string;

  @ApiProperty()
  @IsUUID()
  periodId!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  employeeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiProperty({ example: '120000' })
  @Matches(DECIMAL, DECIMAL_MESSAGE)
  value!: string;
}

export class UpdateTargetDto extends SmartTextDto implements UpdateTargetRequest {
  @ApiPropertyOptional({ example: '120000' })
  @IsOptional()
  @Matches(DECIMAL, DECIMAL_MESSAGE)
  value?: string;
}

class CascadePartDto implements CascadePart {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  employeeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ example: '2' })
  @IsOptional()
  @Matches(DECIMAL, DECIMAL_MESSAGE)
  weight?: string;

  @ApiPropertyOptional({ example: '40000' })
  @IsOptional()
  @Matches(DECIMAL, DECIMAL_MESSAGE)
  value?: string;
}

export class CascadeTargetDto implements CascadeTargetRequest {
  @ApiProperty({ enum: CASCADE_MODES })
  @IsIn(CASCADE_MODES)
  mode!: CascadeMode;

  @ApiProperty({ type: [CascadePartDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CascadePartDto)
  parts!: CascadePartDto[];
}

export class TargetQueryDto implements TargetQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  periodId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  metricId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  employeeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;
}

export class PeriodKeyQueryDto {
  @ApiProperty({ example: '2026-Q4' })
  @Matches(/^(\d{4}-\d{2}|\d{4}-Q[1-4]|FY\d{4})$/, {
    message: 'must be a period key such as 2026-11, 2026-Q4 or FY2026',
  })
  period!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;
}

export class DrillQueryDto extends PeriodKeyQueryDto {
  @ApiProperty({ example: 'revenue' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'must be a metric code such as revenue' })
  metric!: string;
}

export class StartImportQueryDto {
  @ApiProperty({ example: 'crm' })
  @Matches(/^[a-z0-9][a-z0-9_-]{0,39}$/, {
    message: 'must be 1-40 lower-case letters, digits, dashes or underscores',
  })
  source!: string;

  @ApiProperty({ example: 'november.csv' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fileName!: string;

  @ApiPropertyOptional({ description: 'JSON: field or metric code → the header in the file' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  columns?: string;
}

export class CreditDto implements CreditRequest {
  @ApiProperty({ example: 'huang.jie@northwind.example', description: "The credited person's work email" })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  employee!: string;

  @ApiProperty({ example: '0.5' })
  @Matches(/^\d{1,6}(\.\d{1,6})?$/, { message: 'must be a share above 0 and at most 1, such as "0.5"' })
  share!: string;

  @ApiPropertyOptional({ description: 'Credited in full on top of the split' })
  @IsOptional()
  @IsBoolean()
  overlay?: boolean;
}

export class CreateTransactionDto implements CreateTransactionRequest {
  @ApiProperty({ example: 'crm' })
  @Matches(/^[a-z0-9][a-z0-9_-]{0,39}$/, {
    message: 'must be 1-40 lower-case letters, digits, dashes or underscores',
  })
  source!: string;

  @ApiProperty({ example: 'CRM-100231' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  externalId!: string;

  @ApiProperty({ example: '2026-11-20' })
  @IsIsoDate()
  date!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  customer?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  productLine?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  segment?: string;

  @ApiPropertyOptional({ description: 'The external id (same source) this transaction cancels or reverses' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reverses?: string;

  @ApiProperty({ example: { revenue: '12000.00', units: '3' }, description: 'Metric code → decimal value' })
  @IsObject()
  values!: Record<string, string>;

  @ApiProperty({ type: [CreditDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CreditDto)
  credits!: CreditDto[];
}
