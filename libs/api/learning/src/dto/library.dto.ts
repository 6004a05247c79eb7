import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  RESOURCE_KINDS,
  type Bilingual,
  type CreateResourceRequest,
  type LibrarySearchQuery,
  type ResourceKind,
} from '@cadre/shared/contracts';
import { Trim } from '@cadre/api/core';
import { BilingualText } from './learning.dto';

class ResourceTitle extends BilingualText(200) {}
class ResourceSummary extends BilingualText(2000) {}

/** A change note may be blank (the first version has nothing to say). */
class ChangeNote implements Bilingual {
  @ApiProperty({ maxLength: 500 }) @Trim() @IsString() @MaxLength(500) en!: string;
  @ApiProperty({ maxLength: 500 }) @Trim() @IsString() @MaxLength(500) zh!: string;
}

export class ResourceRequestDto implements CreateResourceRequest {
  @ApiProperty({ enum: RESOURCE_KINDS }) @IsIn(RESOURCE_KINDS) kind!: ResourceKind;
  @ApiProperty({ type: ResourceTitle }) @ValidateNested() @Type(() => ResourceTitle) title!: ResourceTitle;
  @ApiProperty({ type: ResourceSummary })
  @ValidateNested()
  @Type(() => ResourceSummary)
  summary!: ResourceSummary;
  @ApiPropertyOptional({ type: ChangeNote })
  @ValidateNested()
  @Type(() => ChangeNote)
  changeNote: ChangeNote = { en: '', zh: '' };
  @ApiPropertyOptional({ nullable: true, type: String, description: 'A link, or…' })
  @ValidateIf((o: ResourceRequestDto) => o.url !== null && o.url !== undefined)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'must be a web address (https://…)' },
  )
  @MaxLength(2000)
  url: string | null = null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: '…a file from POST /learning/files' })
  @ValidateIf((o: ResourceRequestDto) => o.fileId !== null && o.fileId !== undefined)
  @IsUUID()
  fileId: string | null = null;
  @ApiProperty({ type: [String], description: 'Product lines and customer segments (org unit ids)' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  orgUnitIds!: string[];
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  competencyIds!: string[];
}

export class LibrarySearchQueryDto implements LibrarySearchQuery {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @Trim() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ enum: RESOURCE_KINDS }) @IsOptional() @IsIn(RESOURCE_KINDS) kind?: ResourceKind;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() orgUnitId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() competencyId?: string;
}
