/**
 * OOXML ST_Xstring escapes (ECMA-376 Part 1, §22.9.2.19): a character XML cannot carry is written `_xHHHH_`,
 * and a literal `_xHHHH_` text has its underscore escaped as `_x005F_`.
 */
import { xmlText } from '../../src/xlsx/xml';
import { decodeXstring, encodeXstring } from '../../src/xlsx/xstring';

describe('decodeXstring', () => {
  test.each([
    ['a control character', 'a_x0001_b', 'a\u0001b'],
    ['the escaped underscore before a literal escape', '_x005F_x0041_', '_x0041_'],
    ['an escaped underscore alone', '_x005F_', '_'],
    ['lower-case hex, as LibreOffice writes it', 'c_x001f_d', 'c\u001fd'],
    ['mixed-case hex', '_x00aB_', '\u00ab'],
    ['a lower-case escaped underscore', '_x005f_x0041_', '_x0041_'],
    ['adjacent escapes', '_x0041__x0042_', 'AB'],
    ['a surrogate pair', '_xD83D__xDE00_', '😀'],
    ['U+FFFF', '_xFFFF_', '\uffff'],
    ['an escape inside ordinary text', 'file_x.txt _x0009_end', 'file_x.txt \tend'],
  ])('%s: %j → %j', (_what, input, expected) => {
    expect(decodeXstring(input)).toBe(expected);
  });

  test.each([
    ['two hex digits', '_x12_'],
    ['five hex digits', '_x00411_'],
    ['not hex', '_xZZZZ_'],
    ['no closing underscore', '_x0041'],
    ['upper-case X', '_X0041_'],
    ['no leading underscore', 'x0041_'],
    ['nothing to decode', '台帳_総務課'],
  ])('%s: %j is kept as written', (_what, input) => {
    expect(decodeXstring(input)).toBe(input);
  });
});

describe('encodeXstring', () => {
  test.each([
    ['a control character, upper-case hex', 'a\u0001b\u001f', 'a_x0001_b_x001F_'],
    ['a literal escape', '_x0041_', '_x005F_x0041_'],
    ['a literal escape in lower case', '_x00a1_', '_x005F_x00a1_'],
    ['U+FFFE and U+FFFF', '\ufffe\uffff', '_xFFFE__xFFFF_'],
    ['tab, line feed and carriage return stay (XML carries them)', '\t\n\r', '\t\n\r'],
    ['text that only looks close', '_x12_ file_x.txt', '_x12_ file_x.txt'],
  ])('%s: %j → %j', (_what, input, expected) => {
    expect(encodeXstring(input)).toBe(expected);
  });

  test('every text comes back unchanged through decodeXstring', () => {
    const c0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    const texts = [c0, '_x0041_', '_x005F_x0041_', '__x0041__', '_x00a1_x0001_', '\u0001_x0002_\u0003', '😀𠮷', '\ufffe_xFFFE_'];
    for (const t of texts) expect(decodeXstring(encodeXstring(t))).toBe(t);
  });

  test('xmlText (our writer) escapes the same way, then escapes XML', () => {
    expect(xmlText('a\u0001b_x0041_')).toBe(encodeXstring('a\u0001b_x0041_'));
    expect(xmlText('a\u0001 & _x0041_ <c>')).toBe('a_x0001_ &amp; _x005F_x0041_ &lt;c&gt;');
  });
});
