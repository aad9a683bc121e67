// jsdom lacks two globals the in-memory runtime uses (TextEncoder to size payloads, structuredClone to copy a
// sheet). Imported first by the jsdom tests that run the runtime.
import { TextEncoder } from 'node:util';
import { deserialize, serialize } from 'node:v8';

if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });
if (typeof globalThis.structuredClone === 'undefined') Object.assign(globalThis, { structuredClone: <T>(v: T): T => deserialize(serialize(v)) as T });
