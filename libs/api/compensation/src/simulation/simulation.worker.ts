/**
 * Runs one simulation off the API's event loop. Receives the request body as bytes and
 * answers the output as JSON bytes, both moved rather than copied between threads, so the
 * main thread neither parses, serialises nor copies a large document. Bundled as its own
 * entry (apps/api/webpack.config.js).
 */
import { parentPort } from 'node:worker_threads';
import { runSimulation } from './run-simulation';
import type { SimulationLimits } from './simulation-limits';

parentPort?.once('message', ({ body, limits }: { body: Uint8Array; limits: SimulationLimits }) => {
  const answer = runSimulation(body, limits);
  parentPort?.postMessage(answer, answer.ok ? [answer.json.buffer as ArrayBuffer] : []);
});
