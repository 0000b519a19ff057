import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible } from './expectAccessible.ts';

afterEach(() => document.body.replaceChildren());

describe('expectAccessible', () => {
  it('passes an accessible element', async () => {
    const ok = document.createElement('div');
    ok.innerHTML = '<button type="button">Klaar</button>';
    document.body.append(ok);
    await expect(expectAccessible(ok)).resolves.toBeUndefined();
  });

  it('fails with a readable list of violations, their places and fixes, also inside shadow roots', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<button type="button"></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
    document.body.append(host);
    const error = await expectAccessible(host).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^2 accessibility problems in <div>:/);
    expect(error?.message).toContain('✖ button-name (critical): Buttons must have discernible text');
    expect(error?.message).toContain('✖ image-alt (critical)');
    expect(error?.message).toContain('→ div >>> button');
    expect(error?.message).toContain('Fix');
  });
});
