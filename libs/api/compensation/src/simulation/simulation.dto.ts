import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI description of the simulation output (docs/commission-plans.md has the details). */
class StatementLineSchema {
  @ApiProperty({ example: 'rev' }) component!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ example: '2750.00', description: 'Rounded to the currency minor unit' }) amount!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'How the amount arose: basis, quota, attainment, bands, gates, caps, rounding',
  })
  trace!: Record<string, unknown>;
}

class StatementSchema {
  @ApiProperty({ example: 'rep-17' }) payee!: string;
  @ApiProperty({ example: '2027-02' }) period!: string;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ type: [StatementLineSchema] }) lines!: StatementLineSchema[];
  @ApiProperty({ example: '2750.00' }) earnings!: string;
  @ApiProperty({ example: '3000.00' }) payout!: string;
  @ApiProperty({ example: '0.00' }) recovered!: string;
  @ApiProperty({ example: '250.00' }) balance!: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Tenure, ramp, plan cap, draw and balance steps',
  })
  trace!: Record<string, unknown>;
}

export class SimulationResponse {
  @ApiProperty({ type: [StatementSchema] }) statements!: StatementSchema[];
}
