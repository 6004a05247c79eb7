import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { InvalidInputError, ServiceBusyError } from '@cadre/api/core';
import { runSimulation, type SimulationAnswer } from './run-simulation';

/** Where the bundled worker lives; without it (tests from source) simulations run inline. */
export const SIMULATION_WORKER_FILE = Symbol('SIMULATION_WORKER_FILE');

const MAX_RUNNING = 2;
const MAX_WAITING = 8;
const TIMEOUT_MS = 60_000;

/**
 * Simulations run in worker threads, at most two at a time with a short queue, so a large
 * document never stalls the API for everyone else; a run that takes over a minute is
 * stopped.
 */
@Injectable()
export class SimulationService {
  private readonly logger = new Logger(SimulationService.name);
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly workerFile: string | null;

  constructor(@Optional() @Inject(SIMULATION_WORKER_FILE) workerFile: string | null) {
    this.workerFile = workerFile && existsSync(workerFile) ? workerFile : null;
    if (!this.workerFile)
      this.logger.warn('no simulation worker bundle found; simulations run on the main thread');
  }

  /** Returns the output JSON text; throws a 400 listing every problem with the document. */
  async simulate(body: string): Promise<string> {
    const answer = await this.slot(() =>
      this.workerFile ? this.inWorker(this.workerFile, body) : Promise.resolve(runSimulation(body)),
    );
    if (!answer.ok) {
      throw new InvalidInputError(
        answer.problems.map((line) => {
          const at = line.indexOf(': ');
          return at < 0
            ? { field: '$', reason: line }
            : { field: line.slice(0, at), reason: line.slice(at + 2) };
        }),
      );
    }
    return answer.json;
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

  private inWorker(file: string, body: string): Promise<SimulationAnswer> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(file);
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
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.postMessage(body);
    });
  }
}
