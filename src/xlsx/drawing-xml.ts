/**
 * A sheet's drawing part (xdr:wsDr): one two-cell anchor per chart, each a graphic frame that points at its
 * chart part through the drawing's relationships.
 */
import type { CellPos, OutChart } from './chart-xml';
import { NS_CHART, NS_DRAWING_MAIN } from './chart-xml';
import { NS_PKG_REL, NS_REL, XML_HEAD, xmlText } from './xml';

const NS_SHEET_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

function marker(tag: 'from' | 'to', at: CellPos): string {
  return `<xdr:${tag}><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function anchor(chart: OutChart, i: number): string {
  // Shape ids are unique within the drawing; 1 is conventionally left to the drawing itself.
  return (
    `<xdr:twoCellAnchor>${marker('from', chart.anchor.from)}${marker('to', chart.anchor.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(`Chart ${i + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/**
 * The drawing part holding `charts` and its relationships part; chart i is linked as `rId{i+1}` to
 * `chartTargets[i]` (a path relative to the drawing part).
 */
export function drawingXml(charts: readonly OutChart[], chartTargets: readonly string[]): { xml: string; rels: string } {
  const xml = `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_SHEET_DRAWING}" xmlns:a="${NS_DRAWING_MAIN}" xmlns:r="${NS_REL}">${charts.map(anchor).join('')}</xdr:wsDr>`;
  const links = chartTargets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/chart" Target="${xmlText(t)}"/>`).join('');
  return { xml, rels: `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${links}</Relationships>` };
}
