/**
 * The hyperlink target of a source file, as the summary writes it (a relationship `Target`, a URI
 * reference). Only two kinds ever come out: a relative path (`../課/総務課.xlsx`), or — where the file lies on
 * another drive or share than the summary, which Windows paths allow — a `file:` URI of that real path. A
 * scheme or a host is never taken from a file's name: on Linux `\\evil.example\share\b.xlsx` and
 * `javascript:alert(1).xlsx` are names of files in the current folder, and stay that.
 */

/** Characters written percent-encoded in a path segment: controls, space, the URI delimiters, `%`, `\`, `:`. */
const UNSAFE_IN_SEGMENT = /[\u0000-\u0020"#%:<>?[\\\]^`{|}\u007f]/g; // eslint-disable-line no-control-regex -- encoding control characters is the point

function encodeSegment(segment: string): string {
  return segment.replace(UNSAFE_IN_SEGMENT, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Non-empty segments, encoded and joined: never a leading `/` or `//` (a host) from a relative path. */
const segments = (parts: readonly string[]) => parts.filter((p) => p !== '').map(encodeSegment).join('/');

/**
 * `path` (relative to the summary's folder, or absolute where no relative path exists) as a link target.
 * `style`: how the path is spelled — 'win32' (separators `\` and `/`, drives, UNC shares) or 'posix' (only
 * `/` separates; `\` and `:` are ordinary characters of a name).
 */
export function linkFromPath(path: string, style: 'posix' | 'win32'): string {
  if (style === 'win32') {
    const unc = /^[\\/]{2}([^\\/]+)[\\/]+(.*)$/.exec(path);
    if (unc) return `file://${encodeSegment(unc[1] ?? '')}/${segments((unc[2] ?? '').split(/[\\/]+/))}`;
    const drive = /^([A-Za-z]):[\\/]*(.*)$/.exec(path);
    if (drive) return `file:///${drive[1] ?? ''}:/${segments((drive[2] ?? '').split(/[\\/]+/))}`;
    return segments(path.split(/[\\/]+/));
  }
  if (path.startsWith('/')) return `file:///${segments(path.slice(1).split(/\/+/))}`;
  return segments(path.split(/\/+/));
}
