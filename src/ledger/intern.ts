/**
 * One copy of each repeated cell text for the assets of one check. A check keeps every asset to its end (the
 * collection rules and the CLI's summary need them), and the same texts recur: 情報資産名 across 課 (会議録,
 * 職員名簿…), 群, レベル and the other coded columns on every row. A workbook read on a worker thread arrives
 * with one string per cell, and even one read in-process has its own copy per file; sharing them spares a
 * few dozen bytes per asset (a check of 1,000 ledgers × 500 rows holds half a million assets).
 *
 * Sharing only pays when texts repeat: a table of texts that do not costs a map entry each and a lookup per row
 * (a tenth of the engine's time on 100,000 distinct names). So each table watches its hit rate and stops
 * remembering, for the rest of the check, when too few lookups find a text.
 */
import { nameKey } from './text';

/** Distinct texts remembered per table at most: beyond, texts are kept as they come (memory stays bounded). */
const LIMIT = 200_000;
/**
 * Lookups per verdict, and the least share of them that must find their text for the table to stay on. The window
 * is wide because names often repeat only every few ledgers (each 課 its own list, many lists alike): a check of
 * 5,000-row ledgers whose names come back every tenth 課 must keep its table. A table of distinct texts holds at
 * most this many entries (a few megabytes) before it is dropped.
 */
const WINDOW = 131_072;
const MIN_HITS = WINDOW / 16;

/** Text → value, with the hit-rate watch described above. */
class Table {
  readonly map = new Map<string, string>();
  on = true;
  private lookups = 0;
  private hits = 0;

  /** The value remembered for `s`, or undefined (always, once the table is off). */
  get(s: string): string | undefined {
    if (!this.on) return undefined;
    const found = this.map.get(s);
    if (found !== undefined) this.hits++;
    if (++this.lookups === WINDOW) {
      if (this.hits < MIN_HITS) {
        this.on = false;
        this.map.clear();
      }
      this.lookups = 0;
      this.hits = 0;
    }
    return found;
  }

  set(s: string, value: string): void {
    if (this.on && this.map.size < LIMIT) this.map.set(s, value);
  }
}

/** Shared texts and 情報資産名 keys for one check (see the module comment). */
export class Interner {
  /** Text → its first copy. */
  private readonly texts = new Table();
  /**
   * 情報資産名 text → its key (`nameKey`). Most names are their own key, and then the value is also the shared
   * copy of the text: one map serves both, and a repeated name is keyed once.
   */
  private readonly names = new Table();
  /** 内容 text → its key (its own table: contents repeat less than names, and may stop being remembered alone). */
  private readonly contents = new Table();

  /** How many texts and names are remembered (0 for a table that stopped remembering). */
  get size(): { readonly texts: number; readonly names: number; readonly contents: number } {
    return { texts: this.texts.map.size, names: this.names.map.size, contents: this.contents.map.size };
  }

  /** The shared copy of `s`. */
  text(s: string): string {
    if (s.length === 0) return s; // one empty string already
    const known = this.texts.get(s);
    if (known !== undefined) return known;
    this.texts.set(s, s);
    return s;
  }

  /**
   * The key of 情報資産名 text `s` (`nameKey`), computed once per distinct name. When the name is its own key
   * (most are), the result is also the shared copy of `s`: use it for the text too.
   */
  nameKey(s: string): string {
    return keyOf(this.names, s);
  }

  /**
   * 内容 normalised like 情報資産名 (the keyword rules search it), computed once per distinct text: a 課 often
   * describes its assets alike, and normalising a text with （…） builds a new string each time.
   */
  contentKey(s: string): string {
    return keyOf(this.contents, s);
  }
}

function keyOf(table: Table, s: string): string {
  const known = table.get(s);
  if (known !== undefined) return known;
  const key = nameKey(s);
  table.set(s, key);
  return key;
}
