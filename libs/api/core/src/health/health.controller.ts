import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { Unlimited } from '../auth/anonymous-rate-limit.guard';

export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty({ enum: ['up', 'down'] }) database!: 'up' | 'down';
  @ApiProperty({ description: 'Database round trip in milliseconds', nullable: true, type: Number })
  databaseLatencyMs!: number | null;
  @ApiProperty({ description: 'Applied schema migrations', nullable: true, type: Number }) migrations!:
    number | null;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @Unlimited()
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'The database does not answer' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const started = process.hrtime.bigint();
    try {
      const [{ count }] = (await this.dataSource.query(
        'select count(*)::int as count from schema_migrations',
      )) as [{ count: number }];
      const latency = Number(process.hrtime.bigint() - started) / 1e6;
      return {
        status: 'ok',
        database: 'up',
        databaseLatencyMs: Math.round(latency * 10) / 10,
        migrations: count,
      };
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', database: 'down', databaseLatencyMs: null, migrations: null };
    }
  }
}
