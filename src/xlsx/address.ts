/** A1 helpers: column letters come from the engine, so files and findings name cells alike. */
export { columnLetter } from '../ledger/address';

/** A sheet name as it must appear in a formula or a link: always single-quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
