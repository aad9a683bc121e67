/**
 * One copy of each repeated cell text for the assets of one check. A check keeps every asset to its end (the
 * collection rules and the CLI's summary need them), and the same texts recur: 情報資産名 across 課 (会議録,
 * 職員名簿…), 群, レベル and the other coded columns on every row. A workbook read on a worker thread arrives
 * with one string per cell, and even one read in-process has its own copy per file; sharing them spares a
 * few dozen bytes per asset (a check of 1,000 ledgers × 500 rows holds half a million assets).
 */
import { nameKey } from './text';

/** Distinct texts remembered per table at most: beyond, texts are kept as they come (memory stays bounded). */
const LIMIT = 200_000;

/** Shared texts and 情報資産名 keys for one check (see the module comment). */
export class Interner {
  /** Text → its first copy. */
  private readonly texts = new Map<string, string>();
  /**
   * 情報資産名 text → its key (`nameKey`). Most names are their own key, and then the value is also the shared
   * copy of the text: one map serves both, and a repeated name is keyed once.
   */
  private readonly names = new Map<string, string>();

  /** The shared copy of `s`. */
  text(s: string): string {
    const known = this.texts.get(s);
    if (known !== undefined) return known;
    if (this.texts.size < LIMIT) this.texts.set(s, s);
    return s;
  }

  /**
   * The key of 情報資産名 text `s` (`nameKey`), computed once per distinct name. When the name is its own key
   * (most are), the result is also the shared copy of `s`: use it for the text too.
   */
  nameKey(s: string): string {
    let key = this.names.get(s);
    if (key === undefined) {
      key = nameKey(s);
      if (this.names.size < LIMIT) this.names.set(s, key);
    }
    return key;
  }
}
