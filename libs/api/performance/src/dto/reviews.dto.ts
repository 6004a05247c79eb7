import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  REVIEW_ACTION_KINDS,
  type ReviewActionKind,
  type ReviewActionRequest,
  type StartReviewRequest,
  type UpdateReviewRequest,
} from '@cadre/shared/contracts';
import { IsIsoDate, Trim } from '@cadre/api/core';

export class StartReviewDto implements StartReviewRequest {
  @ApiProperty()
  @IsUUID()
  employeeId!: string;

  @ApiProperty()
  @IsUUID()
  periodId!: string;
}

export class UpdateReviewDto implements UpdateReviewRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  whatWorked?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  whatDidNot?: string;
}

export class ReviewActionDto implements ReviewActionRequest {
  @ApiProperty()
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  text!: string;

  @ApiProperty({ enum: REVIEW_ACTION_KINDS })
  @IsIn(REVIEW_ACTION_KINDS)
  kind!: ReviewActionKind;

  @ApiPropertyOptional({ description: 'The course code or the mentoring goal' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string | null;

  @ApiProperty()
  @IsUUID()
  ownerId!: string;

  @ApiProperty({ example: '2026-12-15' })
  @IsIsoDate()
  dueOn!: string;
}

export class ReviewQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  periodId?: string;
}

export class CompletionQueryDto {
  @ApiProperty()
  @IsUUID()
  periodId!: string;
}
