// The HTML shell every report page shares: inline CSS, a strict Content-Security-Policy that lets
// only the page's own script run, and the page's body.
import { createHash } from 'node:crypto';
import { FAMILIES } from './family.js';
import { escapeHtml } from './html.js';

const CSS = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #222; background: #fafafa; }
header { padding: 10px 20px; background: #24364b; color: #fff; }
header a { color: #cfe3ff; }
main { padding: 12px 20px; }
h1 { font-size: 20px; margin: 4px 0; } h2 { font-size: 16px; margin: 18px 0 6px; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr); gap: 16px; align-items: start; }
pre.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid #ddd; padding: 10px; margin: 0; font: 13px/1.5 ui-monospace, monospace; }
mark { border-radius: 2px; cursor: pointer; color: inherit; }
mark.multi { box-shadow: inset 0 -2px 0 #555; }
mark.on, mark.lit { outline: 2px solid #c00; }
aside { position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto; }
#detail { background: #fff; border: 1px solid #ddd; padding: 6px 10px; min-height: 40px; margin-bottom: 12px; }
#detail dl { display: grid; grid-template-columns: auto 1fr; gap: 0 10px; margin: 4px 0; padding-bottom: 4px; border-bottom: 1px dotted #ccc; }
#detail dt { font-weight: 600; } #detail dd { margin: 0; overflow-wrap: anywhere; }
.legend span { display: inline-block; padding: 0 6px; margin: 2px 4px 2px 0; border-radius: 2px; }
tr[data-path] { cursor: pointer; } tr[data-path]:hover { background: #f4f8ff; }
.right { background: #e3f6e3; } .wrong, .extra { background: #fde2e2; } .missed { background: #fff1cc; }
.badge { font-size: 11px; padding: 0 4px; border-radius: 3px; border: 1px solid #999; margin-left: 4px; }
.note { color: #8a5a00; } .muted { color: #777; }
${FAMILIES.map((f) => `.f-${f.name} { background: ${f.colour}; }`).join('\n')}
`;

/** One page: its title, its body HTML (already escaped) and an optional inline script. */
export interface PageParts {
  title: string;
  body: string;
  script?: string;
}

/** A complete HTML document for a report page. */
export function layout(parts: PageParts): string {
  const hash = parts.script ? `'sha256-${createHash('sha256').update(parts.script).digest('base64')}'` : "'none'";
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${hash}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<style>${CSS}</style>
</head>
<body>
${parts.body}
${parts.script ? `<script>${parts.script}</script>` : ''}
</body>
</html>
`;
}

/** The colour legend of the field families. */
export function legend(): string {
  return `<p class="legend">${FAMILIES.map((f) => `<span class="f-${f.name}">${escapeHtml(f.label)}</span>`).join('')}</p>`;
}
