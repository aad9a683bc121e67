/** A1 helpers: column letters come from the engine, so files and findings name cells alike. */
export { columnLetter } from '../ledger/address';

/** A sheet name as it must appear in a formula or a link: always single-quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The file name of a path, with either separator (how links and lists name a source file). */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
