import { ApiProperty } from '@nestjs/swagger';
import {
  EMPLOYEE_STATUSES,
  type EmployeeDto,
  type EmployeeStatus,
  type OrgOverviewDto,
} from '@cadre/shared/contracts';
import { EmployeeResponse } from '../../employees/dto/employee.dto';

class KindCount {
  @ApiProperty() kind!: string;
  @ApiProperty() units!: number;
}

class StatusCount {
  @ApiProperty({ enum: EMPLOYEE_STATUSES }) status!: EmployeeStatus;
  @ApiProperty() employees!: number;
}

export class OverviewResponse implements OrgOverviewDto {
  @ApiProperty() units!: number;
  @ApiProperty() employees!: number;
  @ApiProperty() activeEmployees!: number;
  @ApiProperty() users!: number;
  @ApiProperty() activeUsers!: number;
  @ApiProperty({ type: [KindCount] }) byKind!: KindCount[];
  @ApiProperty({ type: [StatusCount] }) byStatus!: StatusCount[];
  @ApiProperty({ type: [EmployeeResponse] }) recentHires!: EmployeeDto[];
}
