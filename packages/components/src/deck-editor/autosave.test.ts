import { afterEach, describe, expect, it } from 'vitest';
import {
  autosaveStorageKey,
  clearAutosave,
  readAutosave,
  writeAutosave,
  type AutosaveEntry,
} from './autosave.ts';

const entry: AutosaveEntry = {
  version: 1,
  savedAt: '2026-11-23T10:00:00.000Z',
  title: 'Mijn set',
  draft: '{}',
  unsaved: true,
};

describe('autosave', () => {
  afterEach(() => localStorage.clear());

  it('keeps, reads and forgets an entry under ontdek-doe-editor:<key>', () => {
    expect(writeAutosave(localStorage, 'k', entry)).toBe(true);
    expect(localStorage.getItem(autosaveStorageKey('k'))).toContain('Mijn set');
    expect(readAutosave(localStorage, 'k')).toEqual(entry);
    clearAutosave(localStorage, 'k');
    expect(readAutosave(localStorage, 'k')).toBeUndefined();
  });

  it('reads nothing from a damaged entry, and never throws', () => {
    localStorage.setItem(autosaveStorageKey('bad'), '{not json');
    expect(readAutosave(localStorage, 'bad')).toBeUndefined();
    localStorage.setItem(autosaveStorageKey('old'), JSON.stringify({ version: 9, draft: '{}' }));
    expect(readAutosave(localStorage, 'old')).toBeUndefined();
    expect(writeAutosave(undefined, 'k', entry)).toBe(false);
    const full = {
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(writeAutosave(full, 'k', entry)).toBe(false);
  });
});
