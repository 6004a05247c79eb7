import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
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
import type {
  AddCareerLevelRequest,
  AgreeAssessmentRequest,
  ApprovePromotionRequest,
  AssessmentRatingRequest,
  AssessmentRatingsRequest,
  Bilingual,
  CreateAssessmentCycleRequest,
  DevelopmentPlanRequest,
  NominateRequest,
  PlaceOnLevelRequest,
  RejectPromotionRequest,
  ResultsThreshold,
  ReviewPromotionRequest,
  UpdateCareerLevelRequest,
} from '@cadre/shared/contracts';
import { IsIsoDate, Trim } from '@cadre/api/core';

class ResponsibilitiesDto implements Bilingual {
  @ApiProperty()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(2000)
  en!: string;
  @ApiProperty()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(2000)
  zh!: string;
}

export class ResultsThresholdDto implements ResultsThreshold {
  @ApiProperty({ example: 'revenue' })
  @Trim()
  @Matches(/^[a-z][a-z0-9_]{0,62}$/, { message: 'must be a metric code such as "revenue"' })
  metric!: string;
  @ApiProperty({ example: '1.00', description: 'Attainment as a decimal: 1.00 is 100% of target' })
  @Matches(/^\d{1,2}(\.\d{1,4})?$/, { message: 'must be a decimal such as "1.00" (100% of target)' })
  minAttainment!: string;
  @ApiProperty({ minimum: 1, maximum: 8 }) @IsInt() @Min(1) @Max(8) quarters!: number;
  @ApiProperty({ minimum: 1, maximum: 8 }) @IsInt() @Min(1) @Max(8) ofQuarters!: number;
}

export class UpdateCareerLevelDto implements UpdateCareerLevelRequest {
  @ApiProperty({ type: ResponsibilitiesDto })
  @ValidateNested()
  @Type(() => ResponsibilitiesDto)
  responsibilities!: ResponsibilitiesDto;
  @ApiProperty({
    type: [String],
    example: ['COMP-101'],
    description: 'Certification codes, as courses issue them',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, {
    each: true,
    message: 'must be certification codes such as "COMP-101"',
  })
  certifications!: string[];
  @ApiProperty({ minimum: 0, maximum: 240 }) @IsInt() @Min(0) @Max(240) minMonthsInPreviousLevel!: number;
  @ApiProperty({ type: [ResultsThresholdDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ResultsThresholdDto)
  results!: ResultsThresholdDto[];
  @ApiPropertyOptional({
    type: [String],
    description: 'Levels of other tracks one may move to from this one',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  movesTo?: string[];
}

export class AddCareerLevelDto extends UpdateCareerLevelDto implements AddCareerLevelRequest {
  @ApiProperty({ format: 'uuid', description: 'A role profile that is not a level yet' })
  @IsUUID()
  roleProfileId!: string;
}

export class PlaceOnLevelDto implements PlaceOnLevelRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() levelId!: string;
  @ApiProperty({ format: 'date', description: 'Today or earlier' }) @IsIsoDate() startsOn!: string;
  @ApiProperty({ description: 'Experience from before joining, counted as time in the level' })
  @IsBoolean()
  credited!: boolean;
}

export class CareerQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Readiness for this level (default: the next one)' })
  @IsOptional()
  @IsUUID()
  levelId?: string;
}

export class TeamQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A unit (and those below); HR and admin must choose one',
  })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;
}

export class DevelopmentPlanDto implements DevelopmentPlanRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'The level to plan for (default: the next one)' })
  @IsOptional()
  @IsUUID()
  levelId?: string;
}

export class AssessmentRatingDto implements AssessmentRatingRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() competencyId!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) level!: number;
  @ApiProperty({ maxLength: 2000, description: 'What shows it: deals, situations, feedback' })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(2000)
  evidence!: string;
}

export class AssessmentRatingsDto implements AssessmentRatingsRequest {
  @ApiProperty({ type: [AssessmentRatingDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => AssessmentRatingDto)
  ratings!: AssessmentRatingDto[];
}

export class AgreedLevelDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() competencyId!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) level!: number;
}

export class AgreeAssessmentDto implements AgreeAssessmentRequest {
  @ApiProperty({ type: [AgreedLevelDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => AgreedLevelDto)
  ratings!: AgreedLevelDto[];
}

export class CreateAssessmentCycleDto implements CreateAssessmentCycleRequest {
  @ApiProperty({ maxLength: 120, example: 'H2 2026 assessment' })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(120)
  name!: string;
  @ApiProperty({ format: 'date' }) @IsIsoDate() dueOn!: string;
}

export class CycleQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() cycleId!: string;
}

export class NominateDto implements NominateRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() employeeId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() toLevelId!: string;
  @ApiPropertyOptional({
    nullable: true,
    maxLength: 4000,
    description: 'Required when readiness is under 100%',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(4000)
  justification?: string | null;
}

export class ReviewPromotionDto implements ReviewPromotionRequest {
  @ApiPropertyOptional({ nullable: true, maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class ApprovePromotionDto implements ApprovePromotionRequest {
  @ApiProperty({ format: 'date', description: 'Today or later' }) @IsIsoDate() effectiveOn!: string;
}

export class RejectPromotionDto implements RejectPromotionRequest {
  @ApiProperty({ maxLength: 2000 })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(2000)
  reason!: string;
}
