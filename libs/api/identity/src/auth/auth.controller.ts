import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  APP_CONFIG,
  ApiErrorSchema,
  CurrentPrincipal,
  Public,
  RequirePermission,
  type AppConfig,
  type Principal,
} from '@cadre/api/core';
import type { TokenResponse } from '@cadre/shared/contracts';
import { AuthService, type ClientInfo, type SessionTokens } from './auth.service';
import { ChangePasswordDto, LoginDto, RefreshDto, TokenResponseDto } from './dto/auth.dto';

export const REFRESH_COOKIE = 'cadre_refresh';

@ApiTags('auth')
@ApiBadRequestResponse({ type: ApiErrorSchema })
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiUnauthorizedResponse({
    type: ApiErrorSchema,
    description: 'Wrong email or password, or a deactivated account',
  })
  @ApiTooManyRequestsResponse({
    type: ApiErrorSchema,
    description: 'Too many failures for this account or address; see retryAfterSeconds',
  })
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenResponse> {
    return this.withCookie(res, await this.auth.login(body.email, body.password, clientOf(req)));
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponseDto, description: 'A new access token and a rotated refresh token' })
  @ApiUnauthorizedResponse({ type: ApiErrorSchema })
  async refresh(
    @Body() body: RefreshDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenResponse> {
    const token = body.refreshToken ?? (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
    try {
      return this.withCookie(res, await this.auth.refresh(token, clientOf(req)));
    } catch (error) {
      this.clearCookie(res);
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The refresh token (and its rotations) are revoked' })
  async logout(
    @Body() body: RefreshDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(
      body.refreshToken ?? (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE],
    );
    this.clearCookie(res);
  }

  @Post('password')
  @HttpCode(200)
  @RequirePermission('self-service')
  @ApiOkResponse({
    type: TokenResponseDto,
    description: 'Password changed; other sessions end, this one continues with new tokens',
  })
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangePasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenResponse> {
    return this.withCookie(
      res,
      await this.auth.changePassword(principal.userId, body.currentPassword, body.newPassword, clientOf(req)),
    );
  }

  private withCookie(res: Response, session: SessionTokens): TokenResponse {
    res.cookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookies,
      path: '/api/auth',
      expires: session.refreshExpiresAt,
    });
    const { refreshExpiresAt: _expires, ...body } = session;
    return body;
  }

  private clearCookie(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
  }
}

function clientOf(req: Request): ClientInfo {
  return { ip: req.ip ?? 'unknown', userAgent: req.header('user-agent') ?? null };
}
