import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHTML, toJSON, ValueError } from 'market-reaction';
import { fixtureSpecs, hostile, seedSource } from '../charts/fixtures';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** The DOM of a page after its scripts ran, with every network request failing (bad proxy, no DNS). */
function renderedDom(html: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mr-html-'));
  try {
    const file = join(dir, 'chart.html');
    writeFileSync(file, html);
    const args = [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`,
      '--proxy-server=http://127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND',
      '--virtual-time-budget=10000', '--dump-dom', `file://${file}`,
    ];
    return execFileSync(CHROMIUM!, args, { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The markup outside <script> elements (the inlined libraries contain markup-like strings). */
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '<script></script>');

describe('toHTML', () => {
  const hostileSource = { ...seedSource, headline: `${hostile.headline} <img src=x onerror="document.title='PWNED'">` };
  const spec = fixtureSpecs(hostileSource, hostile).reaction;
  const html = toHTML(spec, { title: '</title><script>alert(1)</script>' });

  it('is self-contained: no external script, style or link', () => {
    const markup = withoutScripts(html);
    expect(markup.match(/<(script|link|img|iframe)[^>]+(src|href)=/gi)).toBeNull();
    expect(html.includes("default-src 'none'")).toBe(true);
  });

  it('escapes the title and embeds the spec so that </script> cannot end the element', () => {
    expect(withoutScripts(html).match(/<title>.*<\/title>/)![0]).toBe('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    const json = html.match(/<script id="chart-spec" type="application\/json">([\s\S]*?)<\/script>/)![1];
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(JSON.parse(toJSON(spec)));
  });

  it('renders only specs from the chart builders', () => {
    expect(() => toHTML(JSON.parse(toJSON(spec)))).toThrow(ValueError);
  });

  if (!CHROMIUM) console.warn('tests/render/html.test.ts: /usr/bin/chromium not found (npm test installs it with apt): skipping the offline rendering test');
  it.skipIf(!CHROMIUM)('draws the chart offline in headless Chromium, hostile text as text (needs /usr/bin/chromium)', () => {
    const dom = withoutScripts(renderedDom(html));
    expect(dom).toMatch(/<svg[^>]*class="marks"/);
    expect((dom.match(/<path/g) ?? []).length).toBeGreaterThan(5);
    expect(dom).toContain('+1.95%');
    expect(dom).toContain('+0.90 pp');
    expect(dom).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(dom).not.toContain('<b>bold</b>');
    expect(dom.match(/<img/gi)).toBeNull();
    // The onerror handler would have set the page title: it must stay our (escaped) title.
    expect(dom.match(/<title>([^<]*)<\/title>/)![1]).toBe('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(dom).toMatch(/<div id="chart-error"><\/div>/);
  });
});
