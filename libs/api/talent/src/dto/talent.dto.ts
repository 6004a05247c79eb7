import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
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
  COMPETENCY_CATEGORIES,
  EDUCATION_LEVELS,
  type Bilingual,
  type CompetencyCategory,
  type CompetencyDto,
  type DevelopmentNeedDto,
  type CreateCompetencyRequest,
  type CreateRoleProfileRequest,
  type EducationLevel,
  type ProfileCompetencyDto,
  type ProfileCompetencyRequirement,
  type ProficiencyLevel,
  type RoleProfileDto,
  type RoleProfileVersionDto,
  type RoleProfileVersionRequest,
  type UpdateCompetencyRequest,
} from '@cadre/shared/contracts';
import { Trim } from '@cadre/api/core';

export class BilingualDto implements Bilingual {
  @ApiProperty({ example: 'Negotiation' })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(2000)
  en!: string;
  @ApiProperty({ example: '谈判' })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(2000)
  zh!: string;
}

export class ProficiencyLevelDto implements ProficiencyLevel {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) level!: number;
  @ApiProperty({ type: BilingualDto }) @ValidateNested() @Type(() => BilingualDto) description!: BilingualDto;
}

export class CreateCompetencyDto implements CreateCompetencyRequest {
  @ApiProperty({ example: 'negotiation', description: 'lower-case letters, digits and dashes' })
  @Trim()
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'must be 2-63 lower-case letters, digits or dashes' })
  code!: string;

  @ApiProperty({ enum: COMPETENCY_CATEGORIES })
  @IsIn(COMPETENCY_CATEGORIES, { message: `must be one of ${COMPETENCY_CATEGORIES.join(', ')}` })
  category!: CompetencyCategory;

  @ApiProperty({ type: BilingualDto }) @ValidateNested() @Type(() => BilingualDto) name!: BilingualDto;
  @ApiProperty({ type: BilingualDto }) @ValidateNested() @Type(() => BilingualDto) description!: BilingualDto;

  @ApiProperty({ type: [ProficiencyLevelDto], description: 'Exactly five, levels 1 to 5' })
  @IsArray()
  @ArrayMinSize(5, { message: 'must describe all five levels' })
  @ArrayMaxSize(5, { message: 'must describe exactly five levels' })
  @ValidateNested({ each: true })
  @Type(() => ProficiencyLevelDto)
  levels!: ProficiencyLevelDto[];
}

export class UpdateCompetencyDto implements UpdateCompetencyRequest {
  @ApiPropertyOptional({ enum: COMPETENCY_CATEGORIES })
  @IsOptional()
  @IsIn(COMPETENCY_CATEGORIES)
  category?: CompetencyCategory;
  @ApiPropertyOptional({ type: BilingualDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualDto)
  name?: BilingualDto;
  @ApiPropertyOptional({ type: BilingualDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualDto)
  description?: BilingualDto;
  @ApiPropertyOptional({ type: [ProficiencyLevelDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(5, { message: 'must describe all five levels' })
  @ArrayMaxSize(5, { message: 'must describe exactly five levels' })
  @ValidateNested({ each: true })
  @Type(() => ProficiencyLevelDto)
  levels?: ProficiencyLevelDto[];
  @ApiPropertyOptional({ description: 'Archived competencies cannot be added to new profile versions' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

export class CompetencyQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeArchived?: boolean;
}

export class ProfileCompetencyRequirementDto implements ProfileCompetencyRequirement {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) competencyId!: string;
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1)
  @Max(5)
  targetLevel!: number;
  @ApiProperty({ example: '2', description: 'Positive decimal; only the ratios between weights matter' })
  @Matches(/^(?!0+(\.0+)?$)\d{1,4}(\.\d{1,2})?$/, {
    message: 'must be a positive decimal such as "2" or "1.5" (at most 9999.99)',
  })
  weight!: string;
  @ApiProperty() @IsBoolean() mustHave!: boolean;
}

export class RoleProfileVersionRequestDto implements RoleProfileVersionRequest {
  @ApiProperty({ type: BilingualDto }) @ValidateNested() @Type(() => BilingualDto) name!: BilingualDto;
  @ApiProperty({ type: BilingualDto }) @ValidateNested() @Type(() => BilingualDto) summary!: BilingualDto;
  @ApiProperty({ minimum: 0, maximum: 40 }) @IsInt() @Min(0) @Max(40) minYearsExperience!: number;
  @ApiProperty({ enum: EDUCATION_LEVELS })
  @IsIn(EDUCATION_LEVELS, { message: `must be one of ${EDUCATION_LEVELS.join(', ')}` })
  education!: EducationLevel;
  @ApiProperty({ type: [ProfileCompetencyRequirementDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'must require at least one competency' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ProfileCompetencyRequirementDto)
  competencies!: ProfileCompetencyRequirementDto[];
}

export class CreateRoleProfileDto extends RoleProfileVersionRequestDto implements CreateRoleProfileRequest {
  @ApiProperty({ example: 'account-executive' })
  @Trim()
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'must be 2-63 lower-case letters, digits or dashes' })
  code!: string;
}

// --- responses (OpenAPI) ---

export class CompetencyResponse implements CompetencyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: COMPETENCY_CATEGORIES }) category!: CompetencyCategory;
  @ApiProperty({ type: BilingualDto }) name!: Bilingual;
  @ApiProperty({ type: BilingualDto }) description!: Bilingual;
  @ApiProperty({ type: [ProficiencyLevelDto] }) levels!: ProficiencyLevel[];
  @ApiProperty() archived!: boolean;
}

export class ProfileCompetencyResponse
  extends ProfileCompetencyRequirementDto
  implements ProfileCompetencyDto
{
  @ApiProperty() competencyCode!: string;
  @ApiProperty({ type: BilingualDto }) competencyName!: Bilingual;
  @ApiProperty({ enum: COMPETENCY_CATEGORIES }) category!: CompetencyCategory;
}

export class RoleProfileVersionResponse implements RoleProfileVersionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) profileId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: BilingualDto }) name!: Bilingual;
  @ApiProperty({ type: BilingualDto }) summary!: Bilingual;
  @ApiProperty() minYearsExperience!: number;
  @ApiProperty({ enum: EDUCATION_LEVELS }) education!: EducationLevel;
  @ApiProperty({ type: [ProfileCompetencyResponse] }) competencies!: ProfileCompetencyDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) createdBy!: string | null;
}

class VersionRef {
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class RoleProfileResponse implements RoleProfileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() currentVersion!: number;
  @ApiProperty({ type: RoleProfileVersionResponse }) current!: RoleProfileVersionDto;
  @ApiProperty({ type: [VersionRef] }) versions!: VersionRef[];
}

export class DevelopmentNeedResponse implements DevelopmentNeedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() competencyCode!: string;
  @ApiProperty({ type: BilingualDto }) competencyName!: Bilingual;
  @ApiProperty({ example: '2.5' }) currentLevel!: string;
  @ApiProperty() targetLevel!: number;
  @ApiProperty({ example: '1.5' }) gap!: string;
  @ApiProperty({ example: 'hire' }) source!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'AE-ONB-101' }) closedBySource!: string | null;
}
