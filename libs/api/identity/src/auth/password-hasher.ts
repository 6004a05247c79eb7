import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { APP_CONFIG, type AppConfig } from '@cadre/api/core';

/** argon2id with OWASP's recommended parameters (19 MiB, 2 passes); tests may lower the memory. */
@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return hash(password, { memoryCost: this.config.passwordHashMemoryKib, timeCost: 2, parallelism: 1 });
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    // Unknown accounts still cost one verification, so timing does not reveal which emails exist.
    const target = passwordHash ?? (await (this.dummyHash ??= this.hash('not-a-real-password')));
    try {
      return (await verify(target, password)) && passwordHash !== null;
    } catch {
      return false;
    }
  }
}
