import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed and successful logins, kept in the database so every API replica throttles alike. */
@Entity('login_attempts')
@Index('ix_login_attempts_email_time', ['email', 'attemptedAt'])
@Index('ix_login_attempts_ip_time', ['ip', 'attemptedAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  ip!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;
}
