import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { defineElement } from './defineElement.ts';
import { OdElement } from './OdElement.ts';

class TestElement extends OdElement {
  renders = 0;
  override render() {
    this.renders++;
    return html`<p>${this.effectiveLang}</p>`;
  }
}
defineElement('od-test-element', TestElement);

afterEach(async () => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
  await commands.emulateMedia({ reducedMotion: null });
});

async function mount(markup: string): Promise<TestElement> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  const element = wrapper.querySelector('od-test-element') as TestElement;
  await element.updateComplete;
  return element;
}

describe('OdElement', () => {
  it('takes lang from itself, else the nearest ancestor, across shadow roots', async () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const shadow = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('od-test-element') as TestElement;
    shadow.append(inner);
    document.body.append(outer);
    await inner.updateComplete;
    expect(inner.effectiveLang).toBe('en');
    inner.lang = 'nl';
    await inner.updateComplete;
    expect(inner.getAttribute('lang')).toBe('nl');
    expect(inner.effectiveLang).toBe('nl');
  });

  it('re-renders when <html lang> changes', async () => {
    const element = await mount('<od-test-element></od-test-element>');
    const before = element.renders;
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(element.renders).toBeGreaterThan(before);
    expect(element.shadowRoot?.textContent).toBe('en');
  });

  it('knows the direction from the page and reflects its own dir', async () => {
    const element = await mount('<div dir="rtl"><od-test-element></od-test-element></div>');
    expect(element.effectiveDir).toBe('rtl');
    element.dir = 'ltr';
    await element.updateComplete;
    expect(element.getAttribute('dir')).toBe('ltr');
    expect(element.effectiveDir).toBe('ltr');
  });

  it('reports reduced motion', async () => {
    const element = await mount('<od-test-element></od-test-element>');
    expect(element.reducedMotion).toBe(false);
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(element.reducedMotion).toBe(true);
  });
});

describe('defineElement', () => {
  it('leaves an already-defined tag alone and returns the class it has', () => {
    class Other extends HTMLElement {}
    expect(defineElement('od-test-element', Other)).toBe(TestElement);
    expect(customElements.get('od-test-element')).toBe(TestElement);
    expect(() => defineElement('od-test-element', Other)).not.toThrow();
  });

  it('the define module registers the card, and a second copy of the package leaves it alone', async () => {
    const { OntdekDoeCard } = await import('../ontdek-doe-card/ontdek-doe-card.ts');
    await import('../define/ontdek-doe-card.ts');
    expect(customElements.get('ontdek-doe-card')).toBe(OntdekDoeCard);
    class SecondCopy extends OntdekDoeCard {}
    expect(defineElement('ontdek-doe-card', SecondCopy)).toBe(OntdekDoeCard);
  });
});
