// The config file's name, in a module of its own so the editor can watch for it without
// loading the config schema.
export const CONFIG_FILE_NAME = '.career-articles.json';
