import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MetricAggregation, MetricUnit } from '@cadre/shared/contracts';

/** What is measured: revenue, units, meetings… Money metrics name their currency. */
@Entity('metrics')
@Index('ux_metrics_code', ['code'], { unique: true })
@Check('ck_metrics_unit', `unit in ('money', 'count', 'percentage')`)
@Check('ck_metrics_aggregation', `aggregation in ('sum', 'count', 'average', 'last')`)
@Check('ck_metrics_currency', `(unit = 'money') = (currency is not null)`)
export class MetricEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-case snake case: the CSV column and the commission plans' `metric`. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  nameZh!: string;

  @Column({ type: 'text' })
  unit!: MetricUnit;

  /** ISO 4217, for money only; values are stored to its minor unit. */
  @Column({ type: 'text', nullable: true })
  currency!: string | null;

  @Column({ type: 'text' })
  aggregation!: MetricAggregation;

  @Column({ type: 'boolean', default: true })
  higherIsBetter!: boolean;

  /** Where the metric stands in lists, tables and charts: the headline one first. */
  @Column({ type: 'int', default: 0 })
  position!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
