import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  LOCALES,
  MIN_PASSWORD_LENGTH,
  PERMISSIONS,
  ROLES,
  type ChangePasswordRequest,
  type Locale,
  type LoginRequest,
  type Permission,
  type RefreshRequest,
  type Role,
  type SessionUser,
  type TokenResponse,
} from '@cadre/shared/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'admin@cadre.test' })
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'cadre-demo' })
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  password!: string;
}

export class RefreshDto implements RefreshRequest {
  @ApiPropertyOptional({ description: 'Browsers send the httpOnly cookie instead' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(200)
  newPassword!: string;
}

export class SessionUserResponse implements SessionUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ enum: PERMISSIONS, isArray: true }) permissions!: Permission[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) employeeId!: string | null;
  @ApiProperty({ enum: LOCALES }) locale!: Locale;
}

export class TokenResponseDto implements TokenResponse {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ description: 'Also set as the httpOnly cadre_refresh cookie' }) refreshToken!: string;
  @ApiProperty({ type: SessionUserResponse }) user!: SessionUser;
}
