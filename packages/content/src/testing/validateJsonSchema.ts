/**
 * Test helper: a small JSON Schema (draft-07) validator for exactly the keywords our schemas use,
 * like the one in the core's tests (no ajv in the repository). An unknown keyword throws, so a
 * change in what the schema generator emits cannot pass unnoticed.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', '$defs', 'definitions', 'examples']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeMatches(type: unknown, value: unknown): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

/**
 * Every way `value` breaks `schema`, as `$.cards[0].prompt: too long`; `[]` when it is valid.
 *
 * @example
 * ```ts
 * expect(validateJsonSchema(schema, data)).toEqual([]);
 * ```
 */
export function validateJsonSchema(
  schema: Schema,
  value: unknown,
  root: Schema = schema,
  at = '$',
): string[] {
  const out: string[] = [];
  for (const [keyword, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case '$ref': {
        const match = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(String(rule));
        const defs = (root.definitions ?? root.$defs) as Record<string, Schema> | undefined;
        const target = match?.[1] !== undefined ? defs?.[match[1]] : undefined;
        if (!target) throw new Error(`Unsupported $ref ${String(rule)}`);
        out.push(...validateJsonSchema(target, value, root, at));
        break;
      }
      case 'type':
        if (!typeMatches(rule, value)) return [`${at}: not ${String(rule)}`];
        break;
      case 'const':
        if (value !== rule) out.push(`${at}: not ${JSON.stringify(rule)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value)) out.push(`${at}: not one of ${JSON.stringify(rule)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value))
          out.push(`${at}: pattern`);
        break;
      case 'minLength':
        if (typeof value === 'string' && value.length < (rule as number)) out.push(`${at}: too short`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && value.length > (rule as number)) out.push(`${at}: too long`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) out.push(`${at}: below minimum`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) out.push(`${at}: above maximum`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number)) out.push(`${at}: too few items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (rule as number)) out.push(`${at}: too many items`);
        break;
      case 'uniqueItems':
        if (rule === true && Array.isArray(value)) {
          const seen = value.map((item) => JSON.stringify(item));
          if (new Set(seen).size !== seen.length) out.push(`${at}: duplicate items`);
        }
        break;
      case 'minProperties':
        if (isObject(value) && Object.keys(value).length < (rule as number))
          out.push(`${at}: too few fields`);
        break;
      case 'items':
        if (Array.isArray(value)) {
          value.forEach((item, i) =>
            out.push(...validateJsonSchema(rule as Schema, item, root, `${at}[${i}]`)),
          );
        }
        break;
      case 'required':
        if (isObject(value)) {
          for (const key of rule as string[])
            if (!Object.hasOwn(value, key)) out.push(`${at}.${key}: missing`);
        }
        break;
      case 'properties':
        if (isObject(value)) {
          for (const [key, sub] of Object.entries(rule as Record<string, Schema>)) {
            if (Object.hasOwn(value, key))
              out.push(...validateJsonSchema(sub, value[key], root, `${at}.${key}`));
          }
        }
        break;
      case 'additionalProperties':
        if (isObject(value)) {
          const known = Object.keys((schema.properties as Schema | undefined) ?? {});
          for (const [key, item] of Object.entries(value)) {
            if (known.includes(key)) continue;
            if (rule === false) out.push(`${at}.${key}: not allowed`);
            else out.push(...validateJsonSchema(rule as Schema, item, root, `${at}.${key}`));
          }
        }
        break;
      case 'propertyNames':
        if (isObject(value)) {
          for (const key of Object.keys(value))
            out.push(...validateJsonSchema(rule as Schema, key, root, `${at}{${key}}`));
        }
        break;
      case 'anyOf':
        if (!(rule as Schema[]).some((option) => validateJsonSchema(option, value, root, at).length === 0)) {
          out.push(`${at}: matches none of ${(rule as Schema[]).length} options`);
        }
        break;
      case 'not':
        if (validateJsonSchema(rule as Schema, value, root, at).length === 0)
          out.push(`${at}: matches "not"`);
        break;
      default:
        throw new Error(`The test validator does not know the keyword "${keyword}"`);
    }
  }
  return out;
}
