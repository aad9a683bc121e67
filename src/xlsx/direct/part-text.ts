import { XML_INVALID_CHAR } from '../xstring';
import { notSure } from './not-sure';

/**
 * A part's bytes as XML text. The encoding is found as XML 1.0 (Appendix F) says: a byte order mark, else the
 * first characters `<?` in UTF-16 (big or little endian), else UTF-8; the encoding declaration must then
 * agree. UTF-8 and UTF-16 are what every XML processor reads (§4.3.3) and what producers write
 * (PhpSpreadsheet's `utf16be.xlsx` has a UTF-16BE workbook part without a mark); a part declaring
 * another encoding (Shift_JIS, ISO-8859-1…) is not ours.
 */

const decoders = {
  'utf-8': new TextDecoder('utf-8', { fatal: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true }),
};
type Encoding = keyof typeof decoders;

/** The encoding the first bytes show (the mark itself is dropped by the decoder). */
function sniff(data: Uint8Array): Encoding {
  const [a, b, c, d] = [data[0], data[1], data[2], data[3]];
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return 'utf-16le';
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return 'utf-16be';
  return 'utf-8';
}

/** A character XML 1.0 forbids, or `]]>` outside CDATA: a part holding one is malformed. */
const notXml = (xml: string) => XML_INVALID_CHAR.test(xml) || xml.includes(']]>');

/** The XML text of a part (NotSure for an encoding not handled, bytes that do not decode, or malformed characters). */
export function partText(data: Uint8Array): string {
  const encoding = sniff(data);
  const xml = decoders[encoding].decode(data);
  if (notXml(xml)) notSure('a character XML does not allow');
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']*)["']/.exec(xml.slice(0, 200))?.[1]?.toLowerCase();
  if (encoding === 'utf-8') {
    if (declared !== undefined && declared !== 'utf-8' && declared !== 'utf8') notSure(`encoding ${declared}`);
  } else if (declared !== undefined && !declared.startsWith('utf-16')) {
    notSure(`encoding ${declared} in a UTF-16 part`);
  }
  return xml;
}
