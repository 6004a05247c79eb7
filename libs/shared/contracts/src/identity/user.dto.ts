import { Role } from '../auth/roles';
import { Locale } from '../auth/auth.dto';

export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  isActive: boolean;
  locale: Locale;
  employeeId: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface CreateUserRequest {
  email: string;
  displayName: string;
  roles: Role[];
  /** At least 10 characters. */
  password: string;
  /** Link the account to an existing employee record. */
  employeeId?: string;
}

export interface UpdateUserRequest {
  displayName?: string;
  roles?: Role[];
  isActive?: boolean;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface UpdateMyPreferencesRequest {
  locale?: Locale;
}

export const MIN_PASSWORD_LENGTH = 10;
