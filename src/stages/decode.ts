// Decoding: a BOM names the encoding; valid UTF-8 is UTF-8; anything else is detected (chardet) and
// decoded with the WHATWG decoder, so `new TextDecoder(encoding)` gives the same text back.
import chardet from 'chardet';

/** Encodings the detector may name, mapped to their WHATWG names. */
const WHATWG: Readonly<Record<string, string>> = {
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-7': 'iso-8859-7',
  'windows-1253': 'windows-1253',
  'ISO-8859-9': 'windows-1254',
  'windows-1254': 'windows-1254',
  'KOI8-R': 'koi8-r',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/** Decode raw bytes; returns the text (BOM dropped, invalid bytes as U+FFFD) and the encoding used. */
export function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return run(bytes, 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return run(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return run(bytes, 'utf-16be');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const guess = chardet.detect(bytes);
    const encoding = (guess && WHATWG[guess]) || 'windows-1252';
    return run(bytes, encoding);
  }
}

function run(bytes: Uint8Array, encoding: string): { text: string; encoding: string } {
  // TextDecoder drops the BOM itself (ignoreBOM is false by default)
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
