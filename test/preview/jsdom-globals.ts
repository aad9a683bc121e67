// jsdom has no TextEncoder/TextDecoder (the runtime measures sync sizes with them); Node's are the same API.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
