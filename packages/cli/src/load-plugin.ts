import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Plugin } from '@duibiao/core';
import { pluginFromJson } from '@duibiao/plugin-sdk';

import { UsageError } from './errors.js';
import { parseJsonText } from './parse-json-text.js';

const BUILT_IN: Readonly<Record<string, string>> = {
  shaanxi: '@duibiao/plugin-shaanxi',
  national: '@duibiao/plugin-national',
};

/**
 * Loads the plugin `--plugin` names: `shaanxi` or `national`, a package
 * name, a path to a module, a plugin package's folder, or a plugin
 * written as JSON (`.json`, data only). Of a module, the default export,
 * or its first export that looks like a plugin, is used.
 *
 * @param name - What the user gave.
 * @param cwd - The folder relative paths start from.
 * @returns The plugin.
 * @throws {UsageError} When the module cannot be loaded or has no plugin,
 * a JSON plugin's file cannot be read or is not JSON (with the line and
 * column of the mistake), or JSON plugins extend each other in a loop.
 * @throws {JsonPluginError} When a JSON plugin has mistakes, among them a
 * base that cannot be loaded, with the reason.
 */
export async function loadPlugin(name: string, cwd: string): Promise<Plugin> {
  return load(name, cwd, { root: cwd, chain: [] });
}

/** The JSON plugins being read, for finding a loop of `extends`. */
interface Loading {
  /** The folder the command runs in, for naming files. */
  root: string;
  /** The JSON files being read, each extending the next; absolute. */
  chain: readonly string[];
}

/**
 * A plugin that cannot be loaded, with the reason apart from the name,
 * for a JSON plugin that extends it to quote.
 */
class PluginLoadError extends UsageError {
  /** Why, without the plugin's name: `Unexpected token … at line 3`. */
  readonly reason: string;

  constructor(message: string, reason: string) {
    super(message);
    this.reason = reason;
  }
}

/** JSON plugins that extend each other in a loop, which never ends. */
class PluginCycleError extends UsageError {}

async function load(
  name: string,
  cwd: string,
  loading: Loading,
): Promise<Plugin> {
  if (isJsonPlugin(name))
    return loadJsonPlugin(resolve(cwd, name), name, loading);

  const specifier = pluginSpecifier(name, cwd);
  let module: Record<string, unknown>;
  try {
    module = (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PluginLoadError(`cannot load plugin ${name}: ${reason}`, reason);
  }

  const candidates = [module.default, ...Object.values(module)].filter(
    isPlugin,
  );
  const plugin = candidates[0];
  if (!plugin) {
    const what =
      'exports no plugin (an object with name, id, version and rules)';
    throw new PluginLoadError(`${name} ${what}`, `it ${what}`);
  }

  return plugin;
}

/**
 * Whether `--plugin` names a plugin written as JSON, which worker
 * threads cannot import: such a check runs in one thread.
 *
 * @param name - What the user gave.
 * @returns `true` for a `.json` path.
 */
export function isJsonPlugin(name: string): boolean {
  return name.endsWith('.json');
}

async function loadJsonPlugin(
  path: string,
  name: string,
  loading: Loading,
): Promise<Plugin> {
  const { root, chain } = loading;
  if (chain.includes(path)) {
    const loop = [...chain.slice(chain.indexOf(path)), path];
    const names = loop.map((file) => relative(root, file));
    throw new PluginCycleError(
      `plugin ${names[0]} extends itself: ${names.join(' → ')}; remove one of these extends`,
    );
  }

  const value = await readJsonFile(path, name);

  // The plugins it extends are named as --plugin would name them, paths
  // starting from the file's folder.
  const named = (value as { extends?: unknown })?.extends;
  // Without a prototype, a base named __proto__ is a key like any other.
  const bases: Record<string, Plugin> = Object.create(null);
  const unavailable: Record<string, string> = Object.create(null);
  const inner = { root, chain: [...chain, path] };
  for (const base of Array.isArray(named) ? named : []) {
    if (typeof base !== 'string') continue;
    if (Object.hasOwn(bases, base) || Object.hasOwn(unavailable, base))
      continue;
    // A base that cannot be loaded is left out, with the reason: the JSON
    // plugin's reader names it among the file's other problems. A loop
    // is not the base's problem but the whole chain's, and ends here.
    try {
      bases[base] = await load(base, dirname(path), inner);
    } catch (error) {
      if (error instanceof PluginCycleError) throw error;
      unavailable[base] = reasonOf(error);
    }
  }

  return pluginFromJson(value, { source: name, bases, unavailable });
}

/** A JSON plugin's file, parsed; a byte order mark before it is dropped. */
async function readJsonFile(path: string, name: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PluginLoadError(`cannot read plugin ${name}: ${reason}`, reason);
  }

  const parsed = parseJsonText(text);
  if (parsed.ok) return parsed.value;

  const reason = `it is not JSON: ${parsed.reason}`;
  throw new PluginLoadError(`cannot read plugin ${name}: ${reason}`, reason);
}

function reasonOf(error: unknown): string {
  if (error instanceof PluginLoadError) return error.reason;

  return error instanceof Error ? error.message : String(error);
}

/**
 * What `import()` is given for a `--plugin` value, from any module: a
 * built-in's package name, a package name, or a path's file URL.
 *
 * @param name - What the user gave.
 * @param cwd - The folder relative paths start from.
 * @returns The module specifier: for a package, the file it resolves to
 * from here when that can be worked out.
 */
export function pluginSpecifier(name: string, cwd: string): string {
  // Own keys only: `--plugin constructor` names a package, not Object.
  const specifier = Object.hasOwn(BUILT_IN, name)
    ? (BUILT_IN[name] as string)
    : toSpecifier(name, cwd);
  if (specifier.startsWith('file:')) return specifier;

  // Worker threads import the plugin from @duibiao/io's folder, which may
  // not see the packages the CLI sees: hand them the file the CLI would
  // load, where it can be found.
  try {
    return import.meta.resolve?.(specifier) ?? specifier;
  } catch {
    return specifier;
  }
}

function toSpecifier(name: string, cwd: string): string {
  // `examples/city-plugin` is a folder, not a package, when it exists:
  // packages are named `name` or `@scope/name`.
  const isPath =
    name.startsWith('.') ||
    isAbsolute(name) ||
    /\.(c|m)?js$/.test(name) ||
    (!name.startsWith('@') &&
      name.includes('/') &&
      existsSync(resolve(cwd, name)));

  if (!isPath) return name;
  const path = resolve(cwd, name);

  return pathToFileURL(isFolder(path) ? entryOf(path) : path).href;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The module a plugin package's folder names as its entry: the `import`
 * or plain string of its `exports` map, else `main`, else `index.js`.
 */
function entryOf(dir: string): string {
  let manifest: { exports?: unknown; main?: unknown } = {};
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  } catch {
    // No or unreadable package.json: the folder's index.js is tried.
  }
  const root = (manifest.exports as Record<string, unknown> | undefined)?.['.'];
  const fromExports =
    typeof manifest.exports === 'string'
      ? manifest.exports
      : typeof root === 'string'
        ? root
        : (pick(root, 'import') ?? pick(root, 'default'));
  const main = typeof manifest.main === 'string' ? manifest.main : undefined;

  return join(dir, fromExports ?? main ?? 'index.js');
}

function pick(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const found = (value as Record<string, unknown>)[key];
  if (typeof found === 'string') return found;

  return pick(found, 'default');
}

function isPlugin(value: unknown): value is Plugin {
  if (typeof value !== 'object' || value === null) return false;
  const plugin = value as Partial<Plugin>;

  return (
    typeof plugin.name === 'string' &&
    typeof plugin.id === 'string' &&
    typeof plugin.version === 'string'
  );
}
