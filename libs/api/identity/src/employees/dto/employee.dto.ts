import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsIsoDate, PagedQuery, Trim, TrimLowercase } from '@cadre/api/core';
import {
  EMPLOYEE_STATUSES,
  type CreateEmployeeRequest,
  type EmployeeDto,
  type EmployeeQuery,
  type EmployeeStatus,
  type Page,
} from '@cadre/shared/contracts';

export class CreateEmployeeDto implements CreateEmployeeRequest {
  @ApiProperty({ example: 'Wang Fang' })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(120)
  fullName!: string;

  @ApiProperty({ example: 'wang.fang@example.com' })
  @TrimLowercase()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Account Executive' })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(120)
  jobTitle!: string;

  @ApiProperty({ example: '2026-10-12', format: 'date' })
  @IsIsoDate()
  hireDate!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  orgUnitId!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  managerId?: string | null;

  @ApiPropertyOptional({ enum: EMPLOYEE_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn(EMPLOYEE_STATUSES, { message: `must be one of ${EMPLOYEE_STATUSES.join(', ')}` })
  status?: EmployeeStatus;
}

export class UpdateEmployeeDto extends PartialType(CreateEmployeeDto) {}

export class EmployeeQueryDto extends PagedQuery(200, 50) implements EmployeeQuery {
  @ApiPropertyOptional({ description: 'Matches name, email or job title' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  orgUnitId?: string;
  @ApiPropertyOptional({ enum: EMPLOYEE_STATUSES })
  @IsOptional()
  @IsIn(EMPLOYEE_STATUSES)
  status?: EmployeeStatus;
}

export class EmployeeResponse implements EmployeeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() email!: string;
  @ApiProperty() jobTitle!: string;
  @ApiProperty({ format: 'date' }) hireDate!: string;
  @ApiProperty({ enum: EMPLOYEE_STATUSES }) status!: EmployeeStatus;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() orgUnitName!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) managerId!: string | null;
  @ApiProperty({ type: String, nullable: true }) managerName!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) userId!: string | null;
}

export class EmployeePageResponse implements Page<EmployeeDto> {
  @ApiProperty({ type: [EmployeeResponse] }) items!: EmployeeDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
