import { RefreshTokenEntity } from './auth/refresh-token.entity';
import { LoginAttemptEntity } from './auth/login-attempt.entity';
import { EmployeeEntity } from './employees/employee.entity';
import { OrgUnitEntity } from './org-units/org-unit.entity';
import { UserEntity } from './users/user.entity';

export const IDENTITY_ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  LoginAttemptEntity,
  OrgUnitEntity,
  EmployeeEntity,
];
