import { Body, Controller, HttpCode, Post, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiErrorSchema, InvalidInputError, RequirePermission } from '@cadre/api/core';
import { SimulationResponse } from './simulation.dto';
import { SIMULATION_BODY_LIMIT_BYTES, SIMULATION_LIMITS } from './simulation-limits';
import { SimulationService } from './simulation.service';

export const SIMULATION_ROUTE = '/api/compensation/simulate';

@ApiTags('compensation')
@Controller('compensation')
export class SimulationController {
  constructor(private readonly simulations: SimulationService) {}

  @Post('simulate')
  @HttpCode(200)
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
    description: `Documents over ${SIMULATION_BODY_LIMIT_BYTES / 1024 / 1024} MB`,
  })
  @ApiUnprocessableEntityResponse({
    type: ApiErrorSchema,
    description: `An answer over a limit: ${SIMULATION_LIMITS.maxStatements} statements, ${SIMULATION_LIMITS.maxLines} lines, ${SIMULATION_LIMITS.maxTraceSteps} calculation steps, ${SIMULATION_LIMITS.maxAnswerBytes / 1024 / 1024} MB, or the worker's ${SIMULATION_LIMITS.workerHeapMb} MB of memory; the message says which and by how much`,
  })
  @ApiServiceUnavailableResponse({
    type: ApiErrorSchema,
    description: 'Too many simulations at once, or one ran over a minute',
  })
  async simulate(@Body() body: unknown): Promise<StreamableFile> {
    // The route reads its body as raw bytes (see largeBodyRoutes in main.ts): the worker,
    // not the event loop, decodes and parses it, and its answer is sent as it comes.
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw InvalidInputError.field(
        '$',
        'send the plan document as a JSON body with Content-Type: application/json',
      );
    }
    const json = await this.simulations.simulate(body);
    return new StreamableFile(json, { type: 'application/json; charset=utf-8', length: json.byteLength });
  }
}
