import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EmployeeEntity } from '@cadre/api/identity';
import { MetricEntity } from '../metrics/metric.entity';

/**
 * A sale (or a cancellation of one, with negative values and `reversesId`), unique by its
 * source system's id. `metricValues` maps metric codes to decimal strings, money already
 * at the currency's minor unit.
 */
@Entity('sales_transactions')
@Index('ux_sales_transactions_external', ['source', 'externalId'], { unique: true })
@Index('ix_sales_transactions_date', ['occurredOn'])
export class SalesTransactionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  externalId!: string;

  @Column({ type: 'date' })
  occurredOn!: string;

  @Column({ type: 'text', default: '' })
  customer!: string;

  @Column({ type: 'text', default: '' })
  productLine!: string;

  @Column({ type: 'text', default: '' })
  region!: string;

  @Column({ type: 'text', default: '' })
  segment!: string;

  @Column({ type: 'bigint', nullable: true })
  reversesId!: string | null;

  @ManyToOne(() => SalesTransactionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reverses_id', foreignKeyConstraintName: 'fk_sales_transactions_reverses' })
  reverses?: SalesTransactionEntity;

  @Column({ type: 'jsonb' })
  metricValues!: Record<string, string>;

  /** md5 of everything a file row says about the transaction: an unchanged re-import is skipped. */
  @Column({ type: 'text' })
  fingerprint!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * Who is credited with a transaction and what share. Split credits of a transaction sum
 * to 1; an overlay (a manager or specialist) is credited in full on top.
 */
@Entity('sales_credits')
@Index('ix_sales_credits_employee_date', ['employeeId', 'occurredOn'])
@Check('ck_sales_credits_share', 'share > 0 and share <= 1')
export class SalesCreditEntity {
  @PrimaryColumn({ type: 'bigint' })
  transactionId!: string;

  @ManyToOne(() => SalesTransactionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'transaction_id', foreignKeyConstraintName: 'fk_sales_credits_transaction' })
  transaction?: SalesTransactionEntity;

  @PrimaryColumn({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_sales_credits_employee' })
  employee?: EmployeeEntity;

  @PrimaryColumn({ type: 'boolean' })
  overlay!: boolean;

  @Column({ type: 'numeric' })
  share!: string;

  /** The transaction's date, copied so one person's credits in a period are one index range. */
  @Column({ type: 'date' })
  occurredOn!: string;
}

/**
 * Per person, metric and month, what their credits add up to: kept by every write of
 * credits in the same transaction, so attainment reads months, not millions of credits.
 * `amount` = Σ value × share; `weight` = Σ share of credits carrying the metric;
 * `counted` = Σ sign(value) × share (a cancellation counts back). The overlay parts of
 * each are kept beside them: a person's attainment counts their overlays, a unit's
 * roll-up does not (the deal is already in it through the split credits).
 */
@Entity('credited_totals')
export class CreditedTotalEntity {
  @PrimaryColumn({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => EmployeeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id', foreignKeyConstraintName: 'fk_credited_totals_employee' })
  employee?: EmployeeEntity;

  @PrimaryColumn({ type: 'uuid' })
  metricId!: string;

  @ManyToOne(() => MetricEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'metric_id', foreignKeyConstraintName: 'fk_credited_totals_metric' })
  metric?: MetricEntity;

  /** The first day of the calendar month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @Column({ type: 'numeric', default: 0 })
  amount!: string;

  @Column({ type: 'numeric', default: 0 })
  weight!: string;

  @Column({ type: 'numeric', default: 0 })
  counted!: string;

  @Column({ type: 'numeric', default: 0 })
  overlayAmount!: string;

  @Column({ type: 'numeric', default: 0 })
  overlayWeight!: string;

  @Column({ type: 'numeric', default: 0 })
  overlayCounted!: string;
}
