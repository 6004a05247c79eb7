import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { InvalidInputError, LimitExceededError, ServiceBusyError } from '@cadre/api/core';
import { runSimulation, type SimulationAnswer } from './run-simulation';
import { describeLimit, SIMULATION_LIMITS, type SimulationLimits } from './simulation-limits';

/** Where the bundled worker lives; without it (tests from source) simulations run inline. */
export const SIMULATION_WORKER_FILE = Symbol('SIMULATION_WORKER_FILE');
/** Other limits than SIMULATION_LIMITS, for tests that need a small "largest" run. */
export const SIMULATION_LIMITS_OVERRIDE = Symbol('SIMULATION_LIMITS_OVERRIDE');

const MAX_RUNNING = 2;
const MAX_WAITING = 8;
const TIMEOUT_MS = 60_000;

/**
 * Simulations run in worker threads, at most two at a time with a short queue, so a large
 * document never stalls the API for everyone else. Each worker's heap is bounded, its
 * output is bounded before it is built, and a run that takes over a minute is stopped.
 */
@Injectable()
export class SimulationService {
  private readonly logger = new Logger(SimulationService.name);
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly workerFile: string | null;

  private readonly limits: SimulationLimits;

  constructor(
    @Optional() @Inject(SIMULATION_WORKER_FILE) workerFile: string | null,
    @Optional() @Inject(SIMULATION_LIMITS_OVERRIDE) limits?: SimulationLimits,
  ) {
    this.limits = limits ?? SIMULATION_LIMITS;
    this.workerFile = workerFile && existsSync(workerFile) ? workerFile : null;
    if (!this.workerFile)
      this.logger.warn('no simulation worker bundle found; simulations run on the main thread');
  }

  /**
   * Returns the output as JSON bytes; throws a 400 listing every problem with the
   * document, or a 422 naming the limit the run would break and by how much.
   */
  async simulate(body: Uint8Array): Promise<Uint8Array> {
    const answer = await this.slot(() =>
      this.workerFile
        ? this.inWorker(this.workerFile, body)
        : Promise.resolve(runSimulation(body, this.limits)),
    );
    if (answer.ok) return answer.json;
    if ('tooLarge' in answer)
      throw new LimitExceededError(describeLimit(answer.tooLarge), answer.tooLarge.limit);
    throw new InvalidInputError(
      answer.problems.map((p) => ({ field: p.path, reason: p.message, code: p.code, params: p.params })),
    );
  }

  private async slot<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= MAX_RUNNING) {
      if (this.waiting.length >= MAX_WAITING)
        throw new ServiceBusyError('Too many simulations are running; try again in a minute', 30);
      await new Promise<void>((resume) => this.waiting.push(resume));
    }
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  private inWorker(file: string, body: Uint8Array): Promise<SimulationAnswer> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(file, {
        resourceLimits: { maxOldGenerationSizeMb: this.limits.workerHeapMb, maxYoungGenerationSizeMb: 64 },
      });
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(
          new ServiceBusyError(
            'The simulation took longer than a minute and was stopped; simulate fewer credits at once',
            60,
          ),
        );
      }, TIMEOUT_MS);
      worker.once('message', (answer: SimulationAnswer) => {
        clearTimeout(timer);
        resolve(answer);
        void worker.terminate();
      });
      worker.once('error', (error: Error & { code?: string }) => {
        clearTimeout(timer);
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          resolve({ ok: false, tooLarge: { limit: 'memory', would: 0, maximum: this.limits.workerHeapMb } });
        } else reject(error);
      });
      // The body moves to the worker rather than being copied: this thread is done with it.
      const own = ownBuffer(body);
      worker.postMessage({ body: own, limits: this.limits }, [own.buffer as ArrayBuffer]);
    });
  }
}

/**
 * A plain view that owns its whole ArrayBuffer, so moving it cannot take memory others share.
 * Node's Buffers are always copied: Node 22 and later mark their backing stores (the pool and
 * allocUnsafe's) as untransferable, and postMessage would throw DataCloneError.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  const plain =
    !Buffer.isBuffer(bytes) && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return plain ? bytes : new Uint8Array(bytes);
}
