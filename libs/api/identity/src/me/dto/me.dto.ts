import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  LOCALES,
  type EmployeeDto,
  type Locale,
  type MyProfileDto,
  type UpdateMyPreferencesRequest,
} from '@cadre/shared/contracts';
import { EmployeeResponse } from '../../employees/dto/employee.dto';

export class UpdatePreferencesDto implements UpdateMyPreferencesRequest {
  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

class MyUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ enum: LOCALES }) locale!: string;
}

class PathUnit {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
}

export class MyProfileResponse implements MyProfileDto {
  @ApiProperty({ type: MyUser }) user!: MyUser;
  @ApiProperty({ type: EmployeeResponse, nullable: true }) employee!: EmployeeDto | null;
  @ApiProperty({ type: EmployeeResponse, nullable: true }) manager!: EmployeeDto | null;
  @ApiProperty({ type: [PathUnit], description: "From the company down to the employee's unit" })
  orgUnitPath!: PathUnit[];
  @ApiProperty() directReports!: number;
}
