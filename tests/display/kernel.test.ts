import { describe, it, expect, afterEach, vi } from 'vitest';
import { display, sendDisplayData, sendMimeBundle, show } from 'market-reaction';

const bundle = { 'text/html': '<b>1.95%</b>', 'image/svg+xml': '<svg/>', 'text/plain': '1.95%' };
const pngBundle = { 'image/png': Buffer.from('png bytes').toString('base64'), ...bundle };
// Where a tslab kernel's internal module sits in Node's module cache.
const fakeJupyterModule = '/fake/node_modules/tslab/dist/jupyter.js';
const globals = globalThis as { __tslab__?: unknown; Deno?: unknown };

afterEach(() => {
  delete require.cache[fakeJupyterModule];
  delete globals.__tslab__;
  delete globals.Deno;
  vi.restoreAllMocks();
});

function fakeTslabKernel() {
  const sent: unknown[] = [];
  require.cache[fakeJupyterModule] = {
    filename: fakeJupyterModule,
    exports: { lastWriteDisplayData: (message: unknown, update: boolean) => sent.push({ message, update }) },
  } as NodeJS.Module;
  return sent;
}

describe('sendMimeBundle', () => {
  it('sends the whole bundle and its metadata as one display_data through the tslab kernel internals', async () => {
    const sent = fakeTslabKernel();
    const metadata = { 'image/png': { width: 10, height: 5 } };
    expect(await sendDisplayData({ data: pngBundle, metadata })).toBe('tslab');
    expect(sent).toEqual([{ message: { data: pngBundle, metadata, transient: {} }, update: false }]);
  });
  it('falls back to the best single type through the kernel tslab public display', async () => {
    const calls: string[] = [];
    const publicDisplay = {
      png: (b: Uint8Array) => calls.push(`png:${Buffer.from(b).toString()}`),
      html: (s: string) => calls.push(`html:${s}`),
      svg: (s: string) => calls.push(`svg:${s}`),
      text: (s: string) => calls.push(`text:${s}`),
    };
    globals.__tslab__ = { require: (id: string) => (id === 'tslab' ? { display: publicDisplay } : undefined) };
    expect(await sendMimeBundle(pngBundle)).toBe('tslab-single');
    expect(await sendMimeBundle(bundle)).toBe('tslab-single');
    expect(await sendMimeBundle({ 'text/html': '<i>t</i>', 'text/plain': 't' })).toBe('tslab-single');
    expect(await sendMimeBundle({ 'text/plain': 't' })).toBe('tslab-single');
    expect(calls).toEqual(['png:png bytes', 'svg:<svg/>', 'html:<i>t</i>', 'text:t']);
  });
  it("sends the bundle raw through Deno's kernel", async () => {
    const sent: unknown[] = [];
    globals.Deno = { jupyter: { display: async (b: unknown, o: unknown) => void sent.push([b, o]) } };
    expect(await sendMimeBundle(bundle)).toBe('deno');
    expect(sent).toEqual([[bundle, { raw: true }]]);
  });
  it('prints the text outside a kernel', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await sendMimeBundle(bundle)).toBe('stdout');
    expect(log).toHaveBeenCalledWith('1.95%');
  });
});

describe('display and show', () => {
  it('send one output per value and resolve to nothing', async () => {
    const sent = fakeTslabKernel();
    expect(await display([{ move: 'stock', changePct: 1.95 }], { caption: 'moves' })).toBeUndefined();
    await show('a', [{ b: 1 }]);
    const data = sent.map((s) => (s as { message: { data: Record<string, string> } }).message.data);
    expect(data.map((d) => Object.keys(d).sort())).toEqual([['text/html', 'text/plain'], ['text/plain'], ['text/html', 'text/plain']]);
    expect(data[0]['text/html']).toContain('<caption>moves</caption>');
  });
});
