import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsIsoDate, PagedQuery, Trim } from '@cadre/api/core';
import {
  APPLICATION_STAGES,
  CANDIDATE_SOURCES,
  MIN_PASSWORD_LENGTH,
  RECOMMENDATIONS,
  REQUISITION_STATUSES,
  type ApplicationStage,
  type CandidateSource,
  type CreateApplicationRequest,
  type CreateCandidateRequest,
  type CreateRequisitionRequest,
  type HireRequest,
  type MoveApplicationRequest,
  type Recommendation,
  type RequisitionStatus,
  type SubmitScorecardRequest,
  type UpdateCandidateRequest,
  type UpdateRequisitionRequest,
} from '@cadre/shared/contracts';

const lowerOrNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() || null : value;
const tags = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))]
    : value;
const YEARS = /^\d{1,2}(\.\d)?$/;

export class CreateRequisitionDto implements CreateRequisitionRequest {
  @ApiProperty({ example: 'Account Executive, Analytics (Shanghai)' })
  @Trim()
  @IsString()
  @MinLength(3, { message: 'must be at least 3 characters' })
  @MaxLength(160)
  title!: string;
  @ApiProperty({ format: 'uuid', description: 'Its current version is pinned to the requisition' })
  @IsUUID('all', { message: 'must be a UUID' })
  roleProfileId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) orgUnitId!: string;
  @ApiProperty({ format: 'uuid', description: 'An employee with a user account' })
  @IsUUID('all', { message: 'must be a UUID' })
  hiringManagerId!: string;
  @ApiProperty({ minimum: 1, maximum: 500 })
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(500)
  headcount!: number;
  @ApiPropertyOptional({ enum: ['draft', 'open'], default: 'draft' })
  @IsOptional()
  @IsIn(['draft', 'open'], { message: 'must be draft or open' })
  status?: RequisitionStatus;
}

export class UpdateRequisitionDto implements UpdateRequisitionRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(160)
  title?: string;
  @ApiPropertyOptional({ enum: REQUISITION_STATUSES })
  @IsOptional()
  @IsIn(REQUISITION_STATUSES, { message: `must be one of ${REQUISITION_STATUSES.join(', ')}` })
  status?: RequisitionStatus;
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @IsInt() @Min(1) @Max(500) headcount?: number;
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  hiringManagerId?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  orgUnitId?: string;
}

export class RequisitionQueryDto {
  @ApiPropertyOptional({ enum: REQUISITION_STATUSES })
  @IsOptional()
  @IsIn(REQUISITION_STATUSES)
  status?: RequisitionStatus;
}

export class CreateCandidateDto implements CreateCandidateRequest {
  @ApiProperty({ example: 'Zhang Wei' })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(120)
  fullName!: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(lowerOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '+86 138 0013 8000' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null && v !== '')
  @Matches(/^\+?[\d\s().-]{7,24}$/, {
    message: 'must be a phone number (digits, spaces, dashes, an optional leading +)',
  })
  phone?: string | null;
  @ApiProperty({ enum: CANDIDATE_SOURCES })
  @IsIn(CANDIDATE_SOURCES, { message: `must be one of ${CANDIDATE_SOURCES.join(', ')}` })
  source!: CandidateSource;
  @ApiProperty({ example: '4.5' })
  @Matches(YEARS, { message: 'must be a number of years such as "3" or "4.5"' })
  yearsExperience!: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(tags)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  industries?: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(tags)
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  skills?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

/** The multipart form that adds a new candidate to a requisition: details as JSON, and a file. */
export class NewCandidateFormDto {
  @ApiProperty({ description: 'CreateCandidateDto as JSON' })
  @IsString()
  @MaxLength(20_000)
  candidate!: string;
}

/** Every field of the create form, each optional, with the same limits (one set for both). */
export class UpdateCandidateDto
  // null is not "leave as is": it is checked like any value (email and phone may be cleared).
  extends PartialType(CreateCandidateDto, { skipNullProperties: false })
  implements UpdateCandidateRequest {}

export class CandidateQueryDto extends PagedQuery(200, 50) {
  @ApiPropertyOptional({ description: 'Name, email or phone' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export class CreateApplicationDto implements CreateApplicationRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) candidateId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) requisitionId!: string;
}

export class MoveApplicationDto implements MoveApplicationRequest {
  @ApiProperty({ enum: APPLICATION_STAGES.filter((s) => s !== 'hired') })
  @IsIn(APPLICATION_STAGES, { message: `must be one of ${APPLICATION_STAGES.join(', ')}` })
  stage!: ApplicationStage;
  @ApiProperty({ description: 'Why; required when rejecting or withdrawing' })
  @Trim()
  @IsString()
  @MaxLength(1000)
  reason!: string;
}

export class AssignInterviewerDto {
  @ApiProperty({
    format: 'uuid',
    description: 'A user who may take part in recruitment (a manager, HR or an admin)',
  })
  @IsUUID('all', { message: 'must be a UUID' })
  userId!: string;
}

export class RatingDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) competencyId!: string;
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1, { message: 'must be from 1 to 5' })
  @Max(5, { message: 'must be from 1 to 5' })
  rating!: number;
  @ApiProperty({ description: 'What the candidate said or did that supports the rating' })
  @Trim()
  @IsString()
  @MaxLength(2000)
  evidence!: string;
}

export class SubmitScorecardDto implements SubmitScorecardRequest {
  @ApiProperty({ enum: RECOMMENDATIONS })
  @IsIn(RECOMMENDATIONS, { message: `must be one of ${RECOMMENDATIONS.join(', ')}` })
  recommendation!: Recommendation;
  @ApiProperty() @Trim() @IsString() @MaxLength(4000) summary!: string;
  @ApiProperty({ type: [RatingDto], description: 'One per competency of the profile version' })
  @IsArray()
  @ArrayMinSize(1, { message: 'must rate every competency of the profile' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RatingDto)
  ratings!: RatingDto[];
}

export class HireDto implements HireRequest {
  @ApiProperty({ example: '2026-12-01', format: 'date' })
  @IsIsoDate()
  hireDate!: string;
  @ApiProperty({ example: 'Account Executive' })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(120)
  jobTitle!: string;
  @ApiProperty({ example: 'zhang.wei@northwind.example' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'must be an email address' })
  email!: string;
  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(200)
  initialPassword!: string;
  @ApiPropertyOptional({ description: 'Required to hire before the offer stage; recorded' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  overrideReason?: string;
}

export class CompareQueryDto {
  @ApiProperty({ description: 'Two to four application ids, comma separated' })
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @ArrayMinSize(2, { message: 'compare at least two applications' })
  @ArrayMaxSize(4, { message: 'compare at most four applications' })
  @IsUUID('all', { each: true, message: 'each must be a UUID' })
  applications!: string[];
}

export class RankingQueryDto extends PagedQuery(500, 100) {
  @ApiPropertyOptional({ enum: APPLICATION_STAGES })
  @IsOptional()
  @IsIn(APPLICATION_STAGES)
  stage?: ApplicationStage;
}
