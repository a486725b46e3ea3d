// What an editor adds on top of the config files: its settings (config-file-shaped, under every
// config file), severity overrides (over everything), globs of files always or never linted,
// and whether the workspace is trusted (an untrusted one's own dataset is never read). The
// language server gets these from its client; the CLI and other clients send none.
import picomatch from 'picomatch/posix';
import { validateConfigObject } from '../core/config/parse.js';
import type { ConfigFile, SeveritySetting } from '../core/config/schema.js';

export interface EditorOptions {
  /** Config-file-shaped settings; a `dataset` here is relative to the workspace folder. */
  settings?: unknown;
  severityOverrides?: Record<string, SeveritySetting>;
  include?: string[];
  exclude?: string[];
  /** false in an untrusted workspace: no workspace dataset is read. Default true. */
  trusted?: boolean;
}

export interface ParsedEditorOptions {
  settings: ConfigFile;
  severityOverrides: Record<string, SeveritySetting>;
  isIncluded: (path: string) => boolean;
  isExcluded: (path: string) => boolean;
  trusted: boolean;
  /** A setting that does not validate (then the settings are ignored), for the host to show. */
  warning: string | undefined;
}

const matcher = (globs: readonly string[] | undefined) => {
  const valid = (globs ?? []).filter((g) => typeof g === 'string' && g.length > 0);
  if (valid.length === 0) return () => false;
  const test = picomatch(valid, { dot: true });
  // Globs like `**/node_modules/**` are matched against the whole path, with `/` separators.
  return (path: string) => test(path.replace(/\\/g, '/'));
};

export function parseEditorOptions(options: EditorOptions = {}): ParsedEditorOptions {
  const validated = options.settings === undefined ? undefined : validateConfigObject(options.settings);
  return {
    settings: validated?.ok ? validated.value : {},
    severityOverrides: options.severityOverrides ?? {},
    isIncluded: matcher(options.include),
    isExcluded: matcher(options.exclude),
    trusted: options.trusted !== false,
    warning: validated && !validated.ok ? `the careerArticles settings are ignored: ${validated.message}` : undefined,
  };
}
