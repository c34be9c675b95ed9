import * as assert from 'node:assert/strict';
import { LspClient, StartOptions } from '../helpers/lspClient';
import { applyTextEdits } from '../helpers/text';

const URI = 'file:///ws/ban-tin-dau-thanh.bulletin';
const TEXT = 'BẢN TIN THÁNG 3 NĂM 2024\n\n1. Tin trong tỉnh\nTỉnh ủy chỉ đạo hòa giải, chăm lo sức khỏe. Tỉnh uỷ tổng kết.\n';
const STYLE = 'text.tone-style';

/** The setting `bantin.text.toneStyle` reaches the engine through workspace/configuration, per document. */
describe('language server: bantin.text.toneStyle', function () {
  this.timeout(15000);
  let client: LspClient | undefined;
  const start = async (options: StartOptions) => (client = await LspClient.start(options));
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
  });

  it('auto (no setting): the minority placement; "old": every syllable in the new placement, and its fix', async () => {
    let style: string | undefined;
    const c = await start({ pull: true, settings: (item) => (item.section === 'bantin' ? { debounceMs: 0, text: style ? { toneStyle: style } : undefined } : null) });
    await c.open(URI, TEXT);
    const auto = (await c.pullItems(URI)).filter((d) => d.code === STYLE);
    assert.deepEqual(auto.map((d) => d.range.start.character), [TEXT.split('\n')[3].indexOf('uỷ')]);
    assert.equal(auto[0].severity, 4 /* Hint */);

    style = 'old';
    await c.changeConfiguration();
    await c.waitUntil(() => (c.refreshRequests > 0 ? true : undefined), 'workspace/diagnostic/refresh');
    const old = (await c.pullItems(URI)).filter((d) => d.code === STYLE);
    assert.equal(old.length, 3, 'ủy, hòa, khỏe');
    assert.match(String(old[0].message), /bantin\.text\.toneStyle/);
    const actions = await c.codeActions(URI, old[0].range, old);
    const fix = actions.find((a) => a.title === 'Sửa thành “uỷ”');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const edited = applyTextEdits(TEXT, fix.edit!.changes![URI]);
    assert.equal(edited.split('\n')[3].slice(0, 8), 'Tỉnh uỷ ');
  });
});
