/**
 * Text from files (cell values, 課名, sheet and file names) on its way to a terminal. A cell holding ESC and
 * an OSC or CSI sequence would otherwise clear the screen, retitle the window or hide lines; a line feed would
 * forge a finding of its own; bidirectional overrides reorder what is shown. Each such character is written
 * as a visible escape instead: `\n`, `\t`, `\x1B`, `\u202E`.
 */

/** C0 controls, DEL, C1 controls, the line and paragraph separators and the bidirectional formatting characters. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The same, less C0: JSON.stringify escapes those inside strings, and its own line breaks must stay. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with every control character written as a visible escape (for text output). */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, visible);
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, separators, bidirectional controls)
 * written as `\uXXXX` escapes: the same JSON to a parser, harmless on a terminal.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
