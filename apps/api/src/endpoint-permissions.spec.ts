import 'reflect-metadata';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { IS_PUBLIC_KEY, PERMISSION_KEY, CoreModule } from '@cadre/api/core';
import { IdentityModule } from '@cadre/api/identity';
import { LearningModule } from '@cadre/api/learning';
import { MentorshipModule } from '@cadre/api/mentorship';
import { PerformanceModule } from '@cadre/api/performance';
import { CompensationModule } from '@cadre/api/compensation';
import { RecruitmentModule } from '@cadre/api/recruitment';
import { TalentModule } from '@cadre/api/talent';
import { PERMISSIONS } from '@cadre/shared/contracts';

type Controller = new (...args: never[]) => object;

/** Every controller of every module the API is built from. */
function controllersOf(...modules: object[]): Controller[] {
  const found = modules.flatMap(
    (m) => (Reflect.getMetadata('controllers', m) as Controller[] | undefined) ?? [],
  );
  // CoreModule registers its controllers through forRoot().
  const dynamic = [
    ...(CoreModule.forRoot({ config: {} as never, databaseUrl: 'postgres://x/y', entities: [] })
      .controllers ?? []),
    ...(CompensationModule.register().controllers ?? []),
  ];
  return [...found, ...(dynamic as Controller[])];
}

describe('every endpoint declares who may call it', () => {
  const controllers = controllersOf(
    IdentityModule,
    TalentModule,
    LearningModule,
    RecruitmentModule,
    MentorshipModule,
    PerformanceModule,
  );

  it('finds the controllers', () => {
    expect(controllers.length).toBeGreaterThanOrEqual(6);
  });

  it('marks each route either @Public() or with a known permission', () => {
    const undeclared: string[] = [];
    for (const controller of controllers) {
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined)
          continue;
        const isPublic =
          Reflect.getMetadata(IS_PUBLIC_KEY, handler) ?? Reflect.getMetadata(IS_PUBLIC_KEY, controller);
        const permission =
          Reflect.getMetadata(PERMISSION_KEY, handler) ?? Reflect.getMetadata(PERMISSION_KEY, controller);
        if (!isPublic && !(PERMISSIONS as readonly string[]).includes(permission)) {
          undeclared.push(
            `${controller.name}.${name} (/${base}/${String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')})`,
          );
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('keeps the public surface to sign-in and health', () => {
    const publicRoutes: string[] = [];
    for (const controller of controllers) {
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (typeof handler === 'function' && Reflect.getMetadata(IS_PUBLIC_KEY, handler))
          publicRoutes.push(`${controller.name}.${name}`);
      }
    }
    expect(publicRoutes.sort()).toEqual([
      'AuthController.login',
      'AuthController.logout',
      'AuthController.refresh',
      'HealthController.check',
    ]);
  });
});
