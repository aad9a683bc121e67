/** The real-producer corpus (../shared/corpus, see its README): where it is and its manifest rows. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The corpus beside the repository (`../shared/corpus`); the test fails, never skips, when it is missing. */
export const CORPUS = resolve(__dirname, '../../../shared/corpus');
export const CORPUS_FILES = join(CORPUS, 'files');

/** What the corpus recorded about a file when it was made. */
export type Category = 'read-today' | 'libreoffice-opens-we-refuse' | 'libreoffice-refuses-too';

export interface ManifestRow {
  /** The name in `files/` (`owner+repo__name`). */
  readonly file: string;
  readonly category: Category;
  readonly repository: string;
  readonly path: string;
  readonly producer: string;
  /** The file's extension, lower case, without the dot (`xlsx`, `xls`, `csv`, …). */
  readonly ext: string;
}

const CATEGORIES: readonly Category[] = ['read-today', 'libreoffice-opens-we-refuse', 'libreoffice-refuses-too'];

/** The rows of manifest.tsv (a malformed row throws: the manifest is the test's input, not something to guess at). */
export function manifest(): ManifestRow[] {
  const [head, ...lines] = readFileSync(join(CORPUS, 'manifest.tsv'), 'utf8').trimEnd().split('\n');
  if (head?.split('\t').slice(0, 3).join(',') !== 'file,category,repository') throw new Error(`unexpected manifest header: ${head ?? ''}`);
  return lines.map((line) => {
    const [file = '', category = '', repository = '', path = '', , producer = ''] = line.split('\t');
    if (!CATEGORIES.includes(category as Category)) throw new Error(`unexpected category in manifest row: ${line}`);
    return { file, category: category as Category, repository, path, producer, ext: (/\.([^.]+)$/.exec(file)?.[1] ?? '').toLowerCase() };
  });
}
