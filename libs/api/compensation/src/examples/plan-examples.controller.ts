import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@cadre/api/core';
import type { PlanExampleDto } from '@cadre/shared/contracts';
import { PlanExamplesService } from './plan-examples.service';

class PlanExampleSchema implements PlanExampleDto {
  @ApiProperty({ example: 'account-executive' }) id!: string;
  @ApiProperty({ example: 'Account Executive 2027' }) name!: string;
  @ApiProperty({ description: 'The plan document (format v1) as JSON text' }) document!: string;
}

@ApiTags('compensation')
@Controller('compensation/examples')
export class PlanExamplesController {
  constructor(private readonly examples: PlanExamplesService) {}

  @Get()
  @RequirePermission('compensation:simulate')
  @ApiOkResponse({ type: [PlanExampleSchema], description: 'The example plans shipped with Cadre' })
  list(): Promise<PlanExampleDto[]> {
    return this.examples.list();
  }
}
