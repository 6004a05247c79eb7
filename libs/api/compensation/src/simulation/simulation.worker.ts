/**
 * Runs one simulation off the API's event loop. Receives the request body as text and
 * answers the output as JSON text, so the main thread neither parses nor serialises a
 * large document. Bundled as its own entry (apps/api/webpack.config.js).
 */
import { parentPort } from 'node:worker_threads';
import { runSimulation } from './run-simulation';

parentPort?.once('message', (text: string) => {
  parentPort?.postMessage(runSimulation(text));
});
