import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RegionSchema } from '../../lib/domain';
import { TIMESCALE_FIELDS } from '../../lib/rules/procedure';
import { PROCEDURE_IDS } from '../../lib/rules/procedures';
import {
  MANAGED_KEYS,
  ProcedureOverridesSchema,
  parseManagedConfig,
} from '../../lib/settings/managed-config';

type Schema = {
  type?: string;
  $ref?: string;
  id?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  title?: string;
  description?: string;
};

const SCHEMA = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as Schema;
const DOC = readFileSync('docs/managed-configuration.md', 'utf8');
const KNOWN_KEYS = new Set([
  'type',
  '$ref',
  'id',
  'properties',
  'items',
  'additionalProperties',
  'patternProperties',
  'enum',
  'minimum',
  'maximum',
  'pattern',
  'title',
  'description',
  'sensitiveValue',
]);
const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

function walk(schema: Schema, at: string, visit: (s: Schema, at: string) => void) {
  visit(schema, at);
  for (const [key, inner] of Object.entries(schema.properties ?? {})) {
    walk(inner, `${at}.${key}`, visit);
  }
  if (schema.items) walk(schema.items, `${at}[]`, visit);
  if (typeof schema.additionalProperties === 'object') {
    walk(schema.additionalProperties, `${at}.*`, visit);
  }
}

const IDS = new Map<string, Schema>();
walk(SCHEMA, '', (s) => {
  if (s.id) IDS.set(s.id, s);
});
const resolve = (s: Schema): Schema => (s.$ref ? (IDS.get(s.$ref) as Schema) : s);

/** Chrome's own check of a policy value against the schema (the subset the schema uses). */
function conforms(value: unknown, schema: Schema, at = 'policy'): string[] {
  const s = resolve(schema);
  const type = Array.isArray(value)
    ? 'array'
    : Number.isInteger(value)
      ? 'integer'
      : value === null
        ? 'null'
        : typeof value;
  if (type !== s.type && !(s.type === 'number' && type === 'integer')) {
    return [`${at}: expected ${s.type}, got ${type}`];
  }
  if (s.enum && !s.enum.includes(value)) return [`${at}: not one of ${s.enum.join(', ')}`];
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) return [`${at}: below ${s.minimum}`];
    if (s.maximum !== undefined && value > s.maximum) return [`${at}: above ${s.maximum}`];
  }
  if (Array.isArray(value))
    return value.flatMap((v, i) => conforms(v, s.items as Schema, `${at}[${i}]`));
  if (type === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
      const inner = s.properties?.[k];
      return inner ? conforms(v, inner, `${at}.${k}`) : [`${at}.${k}: not in the schema`];
    });
  }
  return [];
}

describe('public/managed-schema.json is a schema Chrome accepts', () => {
  it('has a top-level object without additionalProperties', () => {
    expect(SCHEMA.type).toBe('object');
    expect(SCHEMA.additionalProperties).toBeUndefined();
  });

  it('gives every schema exactly one type or $ref, a known type, and known keys only', () => {
    const problems: string[] = [];
    walk(SCHEMA, 'schema', (s, at) => {
      if ((s.type === undefined) === (s.$ref === undefined)) {
        problems.push(`${at}: needs exactly one of type or $ref`);
      }
      if (s.type !== undefined && !TYPES.has(s.type)) problems.push(`${at}: type ${s.type}`);
      if (s.type === 'array' && !s.items) problems.push(`${at}: array without items`);
      if (s.$ref !== undefined && !IDS.has(s.$ref)) problems.push(`${at}: $ref ${s.$ref} unknown`);
      for (const key of Object.keys(s)) {
        if (!KNOWN_KEYS.has(key)) problems.push(`${at}: unknown key ${key}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('names exactly the settings the extension reads, with the same choices', () => {
    const props = SCHEMA.properties ?? {};
    expect(Object.keys(props).sort()).toEqual([...MANAGED_KEYS].sort());
    expect(props.region?.enum).toEqual(RegionSchema.options);
    expect(props.procedure?.properties?.id?.enum).toEqual(PROCEDURE_IDS);
    const overrides = props.procedure?.properties?.overrides?.properties ?? {};
    expect(Object.keys(overrides).sort()).toEqual(
      Object.keys(ProcedureOverridesSchema.shape).sort(),
    );
    for (const field of TIMESCALE_FIELDS) {
      expect(Object.keys(resolve(overrides[field] as Schema).properties ?? {}).sort()).toEqual([
        'amount',
        'countBankHolidays',
        'dayZero',
        'source',
        'unit',
      ]);
    }
  });
});

describe('docs/managed-configuration.md: the example policy works', () => {
  const example = /```json\n([\s\S]*?)\n```/.exec(DOC)?.[1] ?? '';
  const policy = JSON.parse(example)['3rdparty'].extensions['<extension id>'] as Record<
    string,
    unknown
  >;

  it('passes Chrome’s schema check', () => {
    expect(conforms(policy, SCHEMA)).toEqual([]);
  });

  it('passes the extension’s own checks, every value used', () => {
    const { config, problems } = parseManagedConfig(policy);
    expect(problems).toEqual([]);
    expect(Object.keys(config).sort()).toEqual([...MANAGED_KEYS].sort());
    expect(config.siteProfiles?.[0]?.id).toBe('example-cases');
    expect(config.procedure?.procedure.coreGroupInterval).toMatchObject({
      amount: 4,
      unit: 'weeks',
    });
  });

  it('the registry example’s JSON values parse to the same kind of policy', () => {
    const reg = /```reg\n([\s\S]*?)\n```/.exec(DOC)?.[1] ?? '';
    const values: Record<string, unknown> = {};
    for (const line of reg.split('\n')) {
      const text = /^"(\w+)"="(.*)"$/.exec(line);
      const dword = /^"(\w+)"=dword:([0-9a-f]{8})$/.exec(line);
      if (dword) values[dword[1] as string] = Number.parseInt(dword[2] as string, 16);
      if (text) {
        // .reg strings escape \ and "; a list or object is JSON inside.
        const raw = (text[2] as string).replace(/\\(["\\])/g, '$1');
        values[text[1] as string] = /^[[{]/.test(raw) ? JSON.parse(raw) : raw;
      }
    }
    expect(values.retentionDays).toBe(90);
    expect(conforms(values, SCHEMA)).toEqual([]);
    expect(parseManagedConfig(values).problems).toEqual([]);
  });
});
