#!/usr/bin/env node
// The floor the full check is compared with: read the file, NFC-normalise it, and run one regex per line that finds
// citations ("12-NQ/TW"), dates ("16/02/2024", "ngày 5 tháng 3 năm 2024") and heading numbers ("A.", "II.", "2.1.").
// Prints the number of matches, so that the work cannot be optimised away.
import { readFileSync } from 'node:fs';

const PATTERN =
  /\d{1,4}[-/][A-ZĐa-z]{1,6}\/[A-ZĐ]{1,8}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|^\s*(?:[A-ZĐ]|[IVX]{1,6}|\d{1,3}(?:\.\d{1,2})*)\.\s/gu;

const text = readFileSync(process.argv[2], 'utf8').normalize('NFC');
let count = 0;
for (const line of text.split(/\r\n|\n|\r/)) {
  PATTERN.lastIndex = 0;
  while (PATTERN.exec(line)) count++;
}
process.stdout.write(`${count}\n`);
