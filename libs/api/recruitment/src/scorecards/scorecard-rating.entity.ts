import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompetencyEntity } from '@cadre/api/talent';
import { ScorecardEntity } from './scorecard.entity';

@Entity('scorecard_ratings')
@Check('ck_scorecard_ratings_rating', '"rating" BETWEEN 1 AND 5')
export class ScorecardRatingEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_scorecard_ratings' })
  scorecardId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_scorecard_ratings' })
  competencyId!: string;

  @ManyToOne(() => ScorecardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id', foreignKeyConstraintName: 'fk_scorecard_ratings_scorecard' })
  scorecard?: ScorecardEntity;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_id', foreignKeyConstraintName: 'fk_scorecard_ratings_competency' })
  competency?: CompetencyEntity;

  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ type: 'text', default: '' })
  evidence!: string;
}
