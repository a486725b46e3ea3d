// The extension's settings, read in one place with their defaults.
import * as vscode from 'vscode';
import type { ConfigFile } from '../core/index.js';

export type LintOn = 'onType' | 'onSave';

export interface EditorSettings {
  lintOn: LintOn;
  /** The config-file-shaped part of the settings (rules, sections, dataset, size limit). */
  config: ConfigFile;
  severityOverrides: Record<string, 'off' | 'error' | 'warning' | 'info'>;
  include: string[];
  exclude: string[];
  maxFileSize: number;
}

export const SECTION = 'careerArticles';

export function readSettings(scope?: vscode.ConfigurationScope): EditorSettings {
  const settings = vscode.workspace.getConfiguration(SECTION, scope);
  const dataset = settings.get<string>('dataset', '');
  const maxFileSize = settings.get<number>('maxFileSize', 1024 * 1024);
  return {
    lintOn: settings.get<LintOn>('lintOn', 'onType'),
    config: {
      rules: settings.get<ConfigFile['rules']>('rules', {}),
      sections: settings.get<ConfigFile['sections']>('sections', {}),
      ...(dataset ? { dataset } : {}),
      maxFileSize,
    },
    severityOverrides: settings.get('severityOverrides', {}),
    include: settings.get<string[]>('articles.include', []),
    exclude: settings.get<string[]>('articles.exclude', ['**/node_modules/**']),
    maxFileSize,
  };
}
