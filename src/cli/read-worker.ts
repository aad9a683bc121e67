/** Worker thread body: parse the file bytes it is sent (.xlsx, .ods, CSV) and post back the packed workbook or the reason. */
import { parentPort } from 'node:worker_threads';
import { isXlsxReadError } from '../xlsx/errors';
import { readSpreadsheet } from '../xlsx/spreadsheet';
import { nodeInflate } from './deflate';
import { packWorkbook } from './packed';
import type { WorkerReply, WorkerRequest } from './parallel-load';

const port = parentPort;
if (port) {
  port.on('message', (msg: WorkerRequest) => {
    readSpreadsheet(msg.bytes, msg.path, { inflate: nodeInflate }).then(
      (read) => port.postMessage({ id: msg.id, workbook: packWorkbook(read.workbook), format: read.format, encoding: read.encoding } satisfies WorkerReply),
      (e: unknown) =>
        port.postMessage({
          id: msg.id,
          unreadable: { reason: isXlsxReadError(e) ? e.reason : 'corrupt', detail: e instanceof Error ? e.message : String(e) },
        } satisfies WorkerReply),
    );
  });
}
