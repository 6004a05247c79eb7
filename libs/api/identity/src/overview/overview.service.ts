import { Injectable } from '@nestjs/common';
import type { OrgOverviewDto } from '@cadre/shared/contracts';
import { EmployeesRepository } from '../employees/employees.repository';
import { toEmployeeDto } from '../employees/employee.mapper';
import { OverviewRepository } from './overview.repository';

/** The admin's and HR's view of the whole organisation. */
@Injectable()
export class OverviewService {
  constructor(
    private readonly overview: OverviewRepository,
    private readonly employees: EmployeesRepository,
  ) {}

  async get(): Promise<OrgOverviewDto> {
    const [counts, recent] = await Promise.all([this.overview.counts(), this.employees.recentHires(5)]);
    return { ...counts, recentHires: recent.map(toEmployeeDto) };
  }
}
