// The workspace index's worker thread (bundled as dist/server/indexWorker.js): reads and parses the files it is
// given and sends each one's citations back, in order. See WorkspaceIndex.readInWorker.
import { parentPort, workerData } from 'node:worker_threads';
import { readIndexedFile } from './workspaceIndex';

const { files, plain } = workerData as { files: string[]; plain: boolean };
files.forEach((file, index) => parentPort!.postMessage({ index, file: readIndexedFile(file, plain) }));
parentPort!.postMessage({ done: true });
