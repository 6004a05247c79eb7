export * from './entities';
export * from './identity.module';
// Use cases other contexts call (each takes the caller's transaction where it writes).
export { EmployeeAccess } from './access/employee-access.service';
export type { EmployeeScope } from './access/employee-scope';
export { PlacementRules, type Placement, type ManagerRule } from './employees/placement-rules';
export { NewHiresService, type NewHire, type PreparedPassword } from './hires/new-hires.service';
export { RoleChangesService } from './employees/role-changes.service';
// Identity's event: employees who changed unit or left, told inside the mover's transaction.
export { EmployeeMoves, type EmployeeMove, type EmployeeMovesListener } from './employees/employee-moves';
export { PeopleLookup, type ActingUser, type EmployeeAccounts } from './people/people-lookup.service';
// The demo seed and the server's start-up hash the demo password with it.
export { PasswordHasher } from './auth/password-hasher';
// Entity classes, for other contexts' foreign keys only (the schema), never for queries.
export { UserEntity } from './users/user.entity';
export { EmployeeEntity } from './employees/employee.entity';
export { OrgUnitEntity } from './org-units/org-unit.entity';
