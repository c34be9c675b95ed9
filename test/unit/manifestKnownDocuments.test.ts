// package.json wiring of the known-documents features: VS Code validates .bantin/catalog.json against the catalog
// schema (and the schema ships in the VSIX), the catalogFiles setting and the insert command have their texts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

const read = (name: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, name), 'utf8'));
const manifest = read('package.json');

describe('manifest: known documents', () => {
  it('jsonValidation points .bantin/catalog.json at the catalog schema, which the package ships', () => {
    const entry = manifest.contributes.jsonValidation.find((j: { fileMatch: string[] }) => j.fileMatch.some((f) => f.endsWith('.bantin/catalog.json')));
    assert.ok(entry);
    const schemaPath = path.join(REPO_ROOT, entry.url);
    assert.equal(JSON.parse(fs.readFileSync(schemaPath, 'utf8')).title, 'Bản tin known-documents catalog');
    const ignore = fs.readFileSync(path.join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes(`!${path.posix.normalize(entry.url)}`), 'the schema is excluded from the VSIX');
  });

  it('the catalogFiles setting and the insert command have Vietnamese and English texts', () => {
    assert.equal(manifest.contributes.configuration.properties['bantin.catalogFiles'].type, 'array');
    assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === 'bantin.insertCitation'));
    for (const file of ['package.nls.json', 'package.nls.vi.json']) {
      const nls = read(file);
      assert.ok(nls['config.catalogFiles'] && nls['command.insertCitation'], file);
    }
    assert.equal(read('package.nls.vi.json')['command.insertCitation'], 'Chèn trích dẫn…');
  });
});
