// The error a run cannot start with: a bad pipeline file or lexicon (exit code 2 in the CLI).

/** A configuration problem, with a message naming the file and line where it can. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
