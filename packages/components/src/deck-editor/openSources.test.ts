import { describe, expect, it } from 'vitest';
import { fetchSource, MAX_FILE_BYTES, readFiles } from './openSources.ts';

const base = 'https://example.org/editor/';

describe('fetchSource', () => {
  it('fetches only the address typed, relative to the page, and names the file after it', async () => {
    const asked: string[] = [];
    const fetcher = (async (url: string) => {
      asked.push(url);
      return new Response('{"id":"x"}', { status: 200 });
    }) as typeof fetch;
    const result = await fetchSource(' decks/basis.json ', base, fetcher);
    expect(asked).toEqual(['https://example.org/editor/decks/basis.json']);
    expect(result).toEqual({
      source: { name: 'basis.json', text: '{"id":"x"}' },
      url: 'https://example.org/editor/decks/basis.json',
    });
  });

  it('says why an address cannot be opened, without asking the network for a bad one', async () => {
    let asked = 0;
    const fetcher = (async () => {
      asked += 1;
      return new Response('nope', { status: 404 });
    }) as typeof fetch;
    expect(await fetchSource('   ', base, fetcher)).toEqual({ failure: { code: 'url-empty' } });
    expect(await fetchSource('javascript:alert(1)', base, fetcher)).toEqual({
      failure: { code: 'url-invalid' },
    });
    expect(await fetchSource('http://[::1', base, fetcher)).toEqual({ failure: { code: 'url-invalid' } });
    expect(asked).toBe(0);
    expect(await fetchSource('missing.json', base, fetcher)).toEqual({
      failure: { code: 'url-status', status: 404 },
    });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchSource('https://example.org/a.json', base, offline)).toEqual({
      failure: { code: 'url-unreachable' },
    });
  });
});

describe('readFiles', () => {
  it('reads files as text and names the ones that are too big', async () => {
    const big = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'huge.yaml');
    const { sources, failures } = await readFiles([new File(['id: x\n'], 'deck.yaml'), big]);
    expect(sources).toEqual([{ name: 'deck.yaml', text: 'id: x\n' }]);
    expect(failures).toEqual([{ file: 'huge.yaml', code: 'too-big' }]);
  });
});
