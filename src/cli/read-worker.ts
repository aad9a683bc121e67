/** Worker thread body: parse the .xlsx bytes it is sent and post back the packed workbook or the reason. */
import { parentPort } from 'node:worker_threads';
import { readXlsx } from '../xlsx/read';
import { NODE_READ } from './deflate';
import { unreadableOf } from './load';
import { packWorkbook } from './packed';
import type { WorkerReply, WorkerRequest } from './parallel-load';

const port = parentPort;
if (port) {
  port.on('message', (msg: WorkerRequest) => {
    readXlsx(msg.bytes, msg.path, NODE_READ).then(
      (wb) => port.postMessage({ id: msg.id, workbook: packWorkbook(wb) } satisfies WorkerReply),
      (e: unknown) => port.postMessage({ id: msg.id, unreadable: unreadableOf(e) } satisfies WorkerReply),
    );
  });
}
