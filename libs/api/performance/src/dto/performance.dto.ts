import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
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
  type CreateFiscalYearRequest,
  type CreateMetricRequest,
  type MetricAggregation,
  type MetricUnit,
  type SetTargetRequest,
  type TargetQuery,
  type UpdateTargetRequest,
} from '@cadre/shared/contracts';
import { Trim } from '@cadre/api/core';

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
