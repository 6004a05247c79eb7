import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** That a daily job ran for a date: its primary key is what makes the run happen once. */
@Entity('job_runs')
export class JobRunEntity {
  @PrimaryColumn({ type: 'text' })
  job!: string;

  @PrimaryColumn({ type: 'date' })
  runDate!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt!: Date;
}
