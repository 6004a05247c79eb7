import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorSchema, InvalidInputError, RequirePermission } from '@cadre/api/core';
import { SimulationResponse } from './simulation.dto';
import { SimulationService } from './simulation.service';

/** The largest document the API simulates; bigger runs go through stored plans and imports. */
export const SIMULATION_BODY_LIMIT = '20mb';
export const SIMULATION_ROUTE = '/api/compensation/simulate';

@ApiTags('compensation')
@Controller('compensation')
export class SimulationController {
  constructor(private readonly simulations: SimulationService) {}

  @Post('simulate')
  @HttpCode(200)
  @Header('Content-Type', 'application/json; charset=utf-8')
  @RequirePermission('compensation:simulate')
  @ApiBody({
    description:
      'A plan document (format v1): plan, periods, payees and credits. See docs/commission-plans.md.',
    schema: {
      type: 'object',
      required: ['plan', 'periods', 'payees', 'credits'],
      additionalProperties: true,
    },
  })
  @ApiOkResponse({
    type: SimulationResponse,
    description: 'One statement per payee and period, each line with its trace',
  })
  @ApiBadRequestResponse({
    type: ApiErrorSchema,
    description: 'Every problem with the document, each with its JSON path as the field',
  })
  @ApiPayloadTooLargeResponse({
    type: ApiErrorSchema,
    description: `Documents over ${SIMULATION_BODY_LIMIT}`,
  })
  @ApiServiceUnavailableResponse({
    type: ApiErrorSchema,
    description: 'Too many simulations at once, or one ran over a minute',
  })
  simulate(@Body() body: unknown): Promise<string> {
    // The route reads its body as text (see SIMULATION_BODY_LIMIT in main.ts) so that the
    // worker, not the event loop, parses it.
    if (typeof body !== 'string' || body.trim() === '') {
      throw InvalidInputError.field(
        '$',
        'send the plan document as a JSON body with Content-Type: application/json',
      );
    }
    return this.simulations.simulate(body);
  }
}
