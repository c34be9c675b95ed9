import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendWord, readWordFile, WORKSPACE_WORDS } from '../files/wordFiles';

/** Command of the quick fix “Thêm vào danh sách từ”: `[documentUri, word]`. */
export const ADD_WORD_COMMAND = 'bantin.addToWordList';

/**
 * The words of each workspace folder's `.bantin/words.txt` (the `bantin.text.words` setting is read with the other
 * settings). Read again when a list changes on disk; a word is added to the list of the folder holding the document.
 */
export class UserWords {
  private words: ReadonlySet<string> = new Set();
  private generation = 0;

  constructor(private readonly folders: () => string[]) {}

  get set(): ReadonlySet<string> {
    return this.words;
  }

  /** Changes whenever the words do. */
  get version(): number {
    return this.generation;
  }

  /** Whether a changed file (by URI) is a word list. */
  watches(uri: string): boolean {
    return uri.startsWith('file:') && /[\\/]\.bantin[\\/]words\.txt$/.test(fileURLToPath(uri));
  }

  /** Reads every list again; true when the words changed. */
  reload(): boolean {
    const next = new Set<string>();
    for (const folder of this.localFolders()) for (const word of readWordFile(path.join(folder, WORKSPACE_WORDS))) next.add(word);
    if (next.size === this.words.size && [...next].every((w) => this.words.has(w))) return false;
    this.words = next;
    this.generation++;
    return true;
  }

  /** Adds a word to the list of the folder holding the document (the first folder when none does); returns the file. */
  add(documentUri: string, word: string): string {
    const folders = this.localFolders();
    const document = documentUri.startsWith('file:') ? fileURLToPath(documentUri) : '';
    const folder = folders.find((f) => document.startsWith(f + path.sep)) ?? folders[0] ?? (document ? path.dirname(document) : undefined);
    if (!folder) throw new Error('no folder to keep the word list in');
    const file = path.join(folder, WORKSPACE_WORDS);
    appendWord(file, word);
    this.reload();
    return file;
  }

  private localFolders(): string[] {
    return this.folders().filter((f) => f.startsWith('file:')).map((f) => fileURLToPath(f));
  }
}
