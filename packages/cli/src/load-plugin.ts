import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Plugin } from '@duibiao/core';
import { pluginFromJson } from '@duibiao/plugin-sdk';

import { UsageError } from './errors.js';

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
 * @throws {UsageError} When the module cannot be loaded or has no plugin.
 * @throws {JsonPluginError} When a JSON plugin has mistakes.
 */
export async function loadPlugin(name: string, cwd: string): Promise<Plugin> {
  if (name.endsWith('.json')) return loadJsonPlugin(resolve(cwd, name), name);

  const specifier = pluginSpecifier(name, cwd);
  let module: Record<string, unknown>;
  try {
    module = (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot load plugin ${name}: ${reason}`);
  }

  const candidates = [module.default, ...Object.values(module)].filter(
    isPlugin,
  );
  const plugin = candidates[0];
  if (!plugin) {
    throw new UsageError(
      `${name} exports no plugin (an object with name, id, version and rules)`,
    );
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

async function loadJsonPlugin(path: string, name: string): Promise<Plugin> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot read plugin ${name}: ${reason}`);
  }

  // The plugins it extends are named as --plugin would name them, paths
  // starting from the file's folder.
  const named = (value as { extends?: unknown })?.extends;
  const bases: Record<string, Plugin> = {};
  for (const base of Array.isArray(named) ? named : []) {
    // A base that cannot be loaded is left out: the JSON plugin's reader
    // then names it among the file's other problems.
    if (typeof base === 'string') {
      bases[base] = await loadPlugin(base, dirname(path)).catch(
        () => undefined as unknown as Plugin,
      );
      if (!bases[base]) delete bases[base];
    }
  }

  return pluginFromJson(value, { source: name, bases });
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
  const specifier = BUILT_IN[name] ?? toSpecifier(name, cwd);
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
