import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import {
  ORG_UNIT_KINDS,
  type CreateOrgUnitRequest,
  type OrgUnitDto,
  type OrgUnitKind,
  type UpdateOrgUnitRequest,
} from '@cadre/shared/contracts';
import { Trim } from '@cadre/api/core';

export class CreateOrgUnitDto implements CreateOrgUnitRequest {
  @ApiProperty({ example: 'East Region' })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(120)
  name!: string;

  @ApiProperty({ enum: ORG_UNIT_KINDS })
  @IsIn(ORG_UNIT_KINDS, { message: `must be one of ${ORG_UNIT_KINDS.join(', ')}` })
  kind!: OrgUnitKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  parentId!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  managerId?: string | null;
}

export class UpdateOrgUnitDto implements UpdateOrgUnitRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ enum: ORG_UNIT_KINDS })
  @IsOptional()
  @IsIn(ORG_UNIT_KINDS, { message: `must be one of ${ORG_UNIT_KINDS.join(', ')}` })
  kind?: OrgUnitKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Move the unit under this parent' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  parentId?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null clears the manager',
  })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  managerId?: string | null;
}

export class OrgUnitResponse implements OrgUnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORG_UNIT_KINDS }) kind!: OrgUnitKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) managerId!: string | null;
  @ApiProperty({ type: String, nullable: true }) managerName!: string | null;
  @ApiProperty({ description: 'Employees placed directly in this unit (not counting those who left)' })
  headcount!: number;
}
