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

/** Signatures of common binary formats that sometimes carry a text extension. */
const MAGIC: ReadonlyArray<readonly number[]> = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, ODT
  [0x1f, 0x8b], // gzip
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE (DOC, XLS)
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

/**
 * Whether bytes look like a binary file rather than text: a known signature, or many NUL bytes
 * with no UTF-16 BOM and no UTF-16 shape (text with a stray NUL is still text).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((m) => m.every((b, i) => bytes[i] === b))) return true;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  let even = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      nul++;
      if (i % 2 === 0) even++;
    } else if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (!n) return false;
  // UTF-16 without a BOM: the NULs of ASCII text sit all on odd or all on even positions
  const utf16Shape = nul > n / 4 && (even === 0 || even === nul);
  if (utf16Shape) return false;
  // a stray NUL or two is damaged text, not a binary file
  return (nul > 2 && nul / n > 0.01) || control / n > 0.05;
}

/** Decode raw bytes; returns the text (BOM dropped, invalid bytes as U+FFFD) and the encoding used. */
export function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return run(bytes, 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return run(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return run(bytes, 'utf-16be');
  const nuls = bytes.subarray(0, 8192).filter((b) => b === 0).length;
  if (nuls > Math.min(bytes.length, 8192) / 4) {
    // UTF-16 without a BOM: ASCII text has its NULs on one side of each pair
    let even = 0;
    for (let i = 0; i < Math.min(bytes.length, 8192); i += 2) if (bytes[i] === 0) even++;
    return run(bytes, even > nuls / 2 ? 'utf-16be' : 'utf-16le');
  }
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
