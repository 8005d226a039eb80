// Worker thread entry: processes one document per task with the options the pool was started with.
import { workerData } from 'node:worker_threads';
import { processDocument } from './process.js';
import { tuneEngine } from './engine.js';
import type { Outcome } from './process.js';
import type { Options } from './config.js';

/** One task: the bytes of a document, the path it is shown under, and its id. */
export interface Task {
  bytes: Uint8Array;
  path: string;
  id: string;
}

const options = (workerData as { options: Options }).options;
tuneEngine();

/** Process one document (piscina calls the default export). */
export default function run(task: Task): Outcome {
  return processDocument(task.bytes, task.path, options, task.id);
}
