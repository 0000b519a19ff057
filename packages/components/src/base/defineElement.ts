/**
 * Defines a custom element unless the tag is already taken; never throws for a taken tag.
 * Returns the class the tag now has (ours or the one that was there first).
 *
 * @example
 * defineElement('ontdek-doe-card', OntdekDoeCard);
 */
export function defineElement(tag: string, element: CustomElementConstructor): CustomElementConstructor {
  const registry = globalThis.customElements;
  if (!registry) return element;
  const existing = registry.get(tag);
  if (existing) return existing;
  registry.define(tag, element);
  return element;
}
