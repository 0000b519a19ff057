import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDeck } from '../testing/tempDeck.ts';
import { MAX_SOURCE_BYTES, nodeFileSystem, readSourceFile } from './readSourceFile.ts';

const file = (content: string | Uint8Array) => join(tempDeck('x', { 'deck.yaml': content }), 'deck.yaml');

describe('readSourceFile', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(readSourceFile(file('\uFEFFid: één\n'), 'deck.yaml')).toEqual({ ok: true, text: 'id: één\n' });
  });

  it('refuses binary, UTF-16 and Latin-1 files', () => {
    expect(readSourceFile(file(new Uint8Array([0x69, 0x64, 0x00, 0x01])), 'deck.yaml')).toMatchObject({
      ok: false,
      code: 'file-binary',
    });
    expect(readSourceFile(file(new Uint8Array([0xff, 0xfe, 0x69, 0x00])), 'deck.yaml')).toMatchObject({
      ok: false,
      code: 'file-not-utf8',
    });
    expect(readSourceFile(file(new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xe9])), 'deck.yaml')).toMatchObject({
      ok: false,
      code: 'file-not-utf8',
    });
  });

  it('refuses a file over 2 MB without reading it', () => {
    let read = false;
    const result = readSourceFile('deck.yaml', 'deck.yaml', {
      ...nodeFileSystem,
      statSync: () => ({ size: MAX_SOURCE_BYTES + 1, isDirectory: () => false, isFile: () => true }),
      readFileSync: () => {
        read = true;
        return new Uint8Array();
      },
    });
    expect(result).toEqual({
      ok: false,
      code: 'file-too-large',
      params: { file: 'deck.yaml', size: '2.1', max: 2 },
    });
    expect(read).toBe(false);
  });

  it('turns a system error into its code', () => {
    const missing = readSourceFile('/no/such/deck.yaml', 'deck.yaml');
    expect(missing).toEqual({
      ok: false,
      code: 'file-unreadable',
      params: { file: 'deck.yaml', reason: 'ENOENT' },
    });
  });
});
