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
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  MENTORING_LANGUAGES,
  type AcceptCohortRequest,
  type CadenceRequest,
  type CheckInRequest,
  type CohortProposalRequest,
  type CreatePairingRequest,
  type FeedbackRequest,
  type GoalRequest,
  type MentoringLanguage,
  type MentorProfileRequest,
  type MentorStrengthRequest,
  PAIRING_ACTION_NAMES,
  type PairingAction,
  type PairingActionRequest,
} from '@cadre/shared/contracts';
import { IsIsoDate, Trim } from '@cadre/api/core';

/** Largest cohort proposed at once (the benchmark's 500, with room). */
export const MAX_COHORT = 1000;

export class MentorStrengthDto implements MentorStrengthRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() competencyId!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) level!: number;
  @ApiPropertyOptional({
    nullable: true,
    maxLength: 500,
    description: 'Why the level differs from the evidence',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

export class MentorProfileRequestDto implements MentorProfileRequest {
  @ApiProperty({ minimum: 1, maximum: 10 }) @IsInt() @Min(1) @Max(10) capacity!: number;
  @ApiProperty({ enum: MENTORING_LANGUAGES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MENTORING_LANGUAGES.length)
  @IsIn(MENTORING_LANGUAGES, { each: true })
  languages!: MentoringLanguage[];
  @ApiProperty({ maxLength: 500 }) @Trim() @IsString() @MaxLength(500) availability!: string;
  @ApiProperty() @IsBoolean() active!: boolean;
  @ApiProperty({ type: [MentorStrengthDto] })
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => MentorStrengthDto)
  strengths!: MentorStrengthDto[];
}

export class CreatePairingDto implements CreatePairingRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() menteeId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() mentorId!: string;
}

export class CohortProposalDto implements CohortProposalRequest {
  @ApiProperty({ type: [String], maxItems: MAX_COHORT })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_COHORT)
  @IsUUID('all', { each: true })
  menteeIds!: string[];
}

export class AcceptCohortDto implements AcceptCohortRequest {
  @ApiProperty({ type: [CreatePairingDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_COHORT)
  @ValidateNested({ each: true })
  @Type(() => CreatePairingDto)
  pairs!: CreatePairingDto[];
}

export class PairingActionDto implements PairingActionRequest {
  @ApiProperty({ enum: PAIRING_ACTION_NAMES }) @IsIn(PAIRING_ACTION_NAMES) action!: PairingAction;
  @ApiPropertyOptional({ maxLength: 1000, description: 'Required to decline, pause or cancel' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class CadenceDto implements CadenceRequest {
  @ApiProperty({ minimum: 1, maximum: 90 }) @IsInt() @Min(1) @Max(90) firstMonthCadenceDays!: number;
  @ApiProperty({ minimum: 1, maximum: 90 }) @IsInt() @Min(1) @Max(90) cadenceDays!: number;
}

export class GoalDto implements GoalRequest {
  @ApiProperty({ maxLength: 300 }) @Trim() @IsString() @MinLength(1) @MaxLength(300) title!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @ValidateIf((o: GoalDto) => o.competencyId !== null && o.competencyId !== undefined)
  @IsUUID()
  competencyId?: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @ValidateIf((o: GoalDto) => o.courseId !== null && o.courseId !== undefined)
  @IsUUID()
  courseId?: string | null;
  @ApiProperty({ format: 'date' }) @IsIsoDate() targetDate!: string;
}

export class GoalProgressDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() goalId!: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) progress!: number;
}

export class CheckInDto implements CheckInRequest {
  @ApiProperty({ format: 'date' }) @IsIsoDate() heldOn!: string;
  @ApiProperty({ maxLength: 5000 }) @Trim() @IsString() @MaxLength(5000) sharedNotes!: string;
  @ApiPropertyOptional({ maxLength: 5000, description: 'Only the author ever reads these' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  privateNotes?: string;
  @ApiPropertyOptional({ type: [GoalProgressDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => GoalProgressDto)
  goals?: GoalProgressDto[];
  @ApiPropertyOptional({ nullable: true, format: 'date' })
  @ValidateIf((o: CheckInDto) => o.nextDate !== null && o.nextDate !== undefined)
  @IsIsoDate()
  nextDate?: string | null;
}

export class FeedbackDto implements FeedbackRequest {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) rating!: number;
  @ApiProperty({ maxLength: 2000 }) @Trim() @IsString() @MaxLength(2000) text!: string;
}

export class TeamQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 3650, description: 'Only people hired in the last N days' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  hiredWithinDays?: number;
}
