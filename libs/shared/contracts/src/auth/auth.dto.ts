import { Role } from './roles';
import { Permission } from './permissions';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface RefreshRequest {
  /** Optional for browsers, which send the httpOnly refresh cookie instead. */
  refreshToken?: string;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  permissions: Permission[];
  employeeId: string | null;
  locale: Locale;
}

export interface TokenResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** Also set as an httpOnly cookie; API clients keep it from here. */
  refreshToken: string;
  user: SessionUser;
}

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** What the JWT carries. Roles and the session's state are re-read on every request. */
export interface AccessTokenClaims {
  sub: string;
  email: string;
  /** The session (refresh-token family) the token belongs to; it dies when the session ends. */
  sid: string;
}
