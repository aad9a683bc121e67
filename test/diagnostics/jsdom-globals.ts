// jsdom lacks globals the in-memory runtime uses (TextEncoder to size payloads, TextDecoder to read a zip's names,
// structuredClone to copy a sheet). Imported first by the jsdom tests that run the runtime.
import { TextDecoder, TextEncoder } from 'node:util';
import { deserialize, serialize } from 'node:v8';

if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder });
if (typeof globalThis.structuredClone === 'undefined') Object.assign(globalThis, { structuredClone: <T>(v: T): T => deserialize(serialize(v)) as T });
