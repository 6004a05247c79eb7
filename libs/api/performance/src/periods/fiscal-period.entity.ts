import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PeriodKind } from '@cadre/shared/contracts';

/** The fiscal calendar: one row, the month the fiscal year starts in. */
@Entity('fiscal_calendar')
@Check('ck_fiscal_calendar_single', 'id = 1')
@Check('ck_fiscal_calendar_start', 'year_start_month between 1 and 12')
export class FiscalCalendarEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ type: 'smallint' })
  yearStartMonth!: number;
}

/**
 * Months, quarters and years of the fiscal calendar. Months close; a quarter or year is
 * closed when all its months are. A closed month's credited values never change.
 */
@Entity('fiscal_periods')
@Index('ux_fiscal_periods_key', ['key'], { unique: true })
@Index('ix_fiscal_periods_dates', ['startsOn', 'endsOn'])
@Check('ck_fiscal_periods_kind', `kind in ('month', 'quarter', 'year')`)
@Check('ck_fiscal_periods_dates', 'starts_on <= ends_on')
export class FiscalPeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: PeriodKind;

  /** `2026-04` (month), `2026-Q1` (quarter of fiscal year 2026), `FY2026`. */
  @Column({ type: 'text' })
  key!: string;

  /** The calendar year the fiscal year starts in. */
  @Column({ type: 'int' })
  fiscalYear!: number;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedByUserId!: string | null;
}
