/** Worker thread body: parse the file bytes it is sent (.xlsx, .ods, CSV) and post back the packed workbook or the reason. */
import { parentPort } from 'node:worker_threads';
import { parseFile } from './load';
import { packWorkbook } from './packed';
import type { WorkerReply, WorkerRequest } from './parallel-load';

const port = parentPort;
if (port) {
  port.on('message', (msg: WorkerRequest) => {
    void parseFile(msg.path, msg.bytes).then((f) =>
      port.postMessage(
        (f.workbook && f.format
          ? { id: msg.id, workbook: packWorkbook(f.workbook), format: f.format, encoding: f.encoding }
          : { id: msg.id, unreadable: f.unreadable ?? { reason: 'corrupt', detail: null } }) satisfies WorkerReply,
      ),
    );
  });
}
