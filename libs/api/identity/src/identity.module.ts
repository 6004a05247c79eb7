import { RoleChangesService } from './employees/role-changes.service';
import { Module } from '@nestjs/common';
import { IdentityAuditSubjects } from './audit/identity-audit-subjects';
import { PRINCIPAL_LOADER } from '@cadre/api/core';
import { EmployeeAccess } from './access/employee-access.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { IdentityPrincipalLoader } from './auth/identity-principal-loader';
import { LoginAttemptsRepository } from './auth/login-attempts.repository';
import { LoginThrottle } from './auth/login-throttle';
import { PasswordHasher } from './auth/password-hasher';
import { PasswordPolicy } from './auth/password-policy';
import { RefreshTokensRepository } from './auth/refresh-tokens.repository';
import { TokenIssuer } from './auth/token-issuer';
import { EmployeesController } from './employees/employees.controller';
import { EmployeesRepository } from './employees/employees.repository';
import { EmployeeMoves } from './employees/employee-moves';
import { EmployeesService } from './employees/employees.service';
import { PlacementRules } from './employees/placement-rules';
import { NewHiresService } from './hires/new-hires.service';
import { MeController } from './me/me.controller';
import { MeRepository } from './me/me.repository';
import { MeService } from './me/me.service';
import { OrgUnitsController } from './org-units/org-units.controller';
import { OrgUnitsRepository } from './org-units/org-units.repository';
import { OrgUnitsService } from './org-units/org-units.service';
import { OverviewRepository } from './overview/overview.repository';
import { OverviewService } from './overview/overview.service';
import { PeopleLookup } from './people/people-lookup.service';
import { UsersController } from './users/users.controller';
import { UsersRepository } from './users/users.repository';
import { UsersService } from './users/users.service';

/** Users, sign-in, the org tree, employees and who may see whom. */
@Module({
  controllers: [AuthController, UsersController, OrgUnitsController, EmployeesController, MeController],
  providers: [
    IdentityAuditSubjects,
    AuthService,
    PasswordHasher,
    PasswordPolicy,
    LoginThrottle,
    LoginAttemptsRepository,
    RefreshTokensRepository,
    TokenIssuer,
    UsersRepository,
    UsersService,
    OrgUnitsRepository,
    OrgUnitsService,
    EmployeesRepository,
    EmployeesService,
    EmployeeMoves,
    RoleChangesService,
    EmployeeAccess,
    PlacementRules,
    NewHiresService,
    PeopleLookup,
    MeService,
    MeRepository,
    OverviewRepository,
    OverviewService,
    IdentityPrincipalLoader,
    { provide: PRINCIPAL_LOADER, useExisting: IdentityPrincipalLoader },
  ],
  // Use cases other contexts call, each in the caller's transaction; never repositories.
  exports: [
    PRINCIPAL_LOADER,
    EmployeeAccess,
    PlacementRules,
    NewHiresService,
    PeopleLookup,
    RoleChangesService,
    EmployeeMoves,
    PasswordHasher,
  ],
})
export class IdentityModule {}
