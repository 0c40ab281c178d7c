/**
 * The environment for a site build started from a test: without the variables vitest exports
 * (BASE_URL, MODE, …), which would reach the built pages' import.meta.env and override SITE_BASE.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[name];
  return env;
}
