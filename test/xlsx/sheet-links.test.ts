import { buildXlsx } from '../../src/xlsx/book-xml';
import type { OutCell, OutLink } from '../../src/xlsx/sheet-xml';
import { zipPart } from './zip-part';

/** The hyperlinks part of a one-sheet workbook whose rows are given. */
async function written(rows: OutCell[][]): Promise<{ hyperlinks: string; rels: string | null }> {
  const bytes = await buildXlsx([{ name: 'S', rows }], null);
  const xml = zipPart(bytes, 'xl/worksheets/sheet1.xml');
  let rels: string | null = null;
  try {
    rels = zipPart(bytes, 'xl/worksheets/_rels/sheet1.xml.rels');
  } catch {
    rels = null;
  }
  return { hyperlinks: /<hyperlinks>.*<\/hyperlinks>/.exec(xml)?.[0] ?? '', rels };
}

const link = (location: OutLink['location'], target: string | null = 'a.xlsx'): OutLink => ({ text: 't', target, location });

describe('hyperlinks: noted while the cells are written, put out after them', () => {
  test('a place given as sheet and cell is written as the one location string would be', async () => {
    const cells = ['B5', 'XFD1048576', 'A1', 'AA10'];
    const split = await written(cells.map((cell) => [link({ sheet: "'台帳 ''1'''!", cell })]));
    const whole = await written(cells.map((cell) => [link(`'台帳 ''1'''!${cell}`)]));
    expect(split).toEqual(whole);
    const special = await written([[link({ sheet: "'R&D ‹課>\"x\"'!", cell: 'B5' })]]);
    expect(special).toEqual(await written([[link(`'R&D ‹課>"x"'!B5`)]]));
    expect(special.hyperlinks).toContain(`location="'R&amp;D ‹課&gt;&quot;x&quot;'!B5"`);
    expect(split.hyperlinks).toBe(
      '<hyperlinks>' +
        `<hyperlink ref="A1" r:id="rId1" location="'台帳 ''1'''!B5"/>` +
        `<hyperlink ref="A2" r:id="rId1" location="'台帳 ''1'''!XFD1048576"/>` +
        `<hyperlink ref="A3" r:id="rId1" location="'台帳 ''1'''!A1"/>` +
        `<hyperlink ref="A4" r:id="rId1" location="'台帳 ''1'''!AA10"/>` +
        '</hyperlinks>',
    );
  });

  test.each(['B05', '$B$5', 'b5', 'B', '5', '', 'B5:C6', 'ABCD1', 'B0'])('a cell that is no plain A1 reference (%j) is kept as it was given', async (cell) => {
    const { hyperlinks } = await written([[link({ sheet: "'S'!", cell })]]);
    expect(hyperlinks).toBe(`<hyperlinks><hyperlink ref="A1" r:id="rId1" location="'S'!${cell}"/></hyperlinks>`);
  });

  test('several links in a row, in row then column order; one relationship per target; no location, no target', async () => {
    const { hyperlinks, rels } = await written([
      [link({ sheet: "'S'!", cell: 'C3' }, 'b.xlsx'), 'x', link(null, 'a.xlsx')],
      [],
      ['y', link({ sheet: "'T'!", cell: 'D4' }, 'b.xlsx'), link({ sheet: "'S'!", cell: 'E5' }, null), link('内部 & <x>', 'c d.xlsx')],
    ]);
    expect(hyperlinks).toBe(
      '<hyperlinks>' +
        `<hyperlink ref="A1" r:id="rId1" location="'S'!C3"/>` +
        '<hyperlink ref="C1" r:id="rId2"/>' +
        `<hyperlink ref="B3" r:id="rId1" location="'T'!D4"/>` +
        `<hyperlink ref="C3" location="'S'!E5"/>` +
        '<hyperlink ref="D3" r:id="rId3" location="内部 &amp; &lt;x&gt;"/>' +
        '</hyperlinks>',
    );
    expect(rels?.match(/Id="rId\d" [^>]*Target="[^"]*"/g)).toEqual([
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="b.xlsx"',
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="a.xlsx"',
      'Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="c d.xlsx"',
    ]);
  });

  test('more links than the first notes hold (1,024): every one comes out, in order', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [link({ sheet: "'S'!", cell: `B${i + 5}` }, `f${i % 7}.xlsx`)]);
    const { hyperlinks } = await written(rows);
    const refs = [...hyperlinks.matchAll(/ref="A(\d+)" r:id="rId(\d)" location="'S'!B(\d+)"/g)];
    expect(refs).toHaveLength(3000);
    refs.forEach((m, i) => {
      expect([Number(m[1]), Number(m[2]), Number(m[3])]).toEqual([i + 1, (i % 7) + 1, i + 5]);
    });
  });
});
