import * as v from 'valibot';
import {
  HOST_RUNTIME_CONFIG_PATH,
  type HostRuntimeConfig,
  HostRuntimeConfigSchema,
} from './hostRuntimeConfig';

/** The host's runtime configuration, fetched once and shared by everything that needs it. */
export interface RuntimeConfigSource {
  /** Resolves the configuration; after a failure, the next call fetches it again. */
  load(): Promise<HostRuntimeConfig>;
}

async function fetchRuntimeConfig(url: string): Promise<HostRuntimeConfig> {
  // no-store: the file changes with each deployment and must not outlive it in a cache.
  const response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  const body: unknown = await response.json();
  const parsed = v.safeParse(HostRuntimeConfigSchema, body);
  if (!parsed.success) throw new Error(`${url} is not valid: ${v.summarize(parsed.issues)}`);
  return parsed.output;
}

/** A RuntimeConfigSource reading `/config.json` (or `url`) from the host's server. */
export function createRuntimeConfigSource(url = HOST_RUNTIME_CONFIG_PATH): RuntimeConfigSource {
  let loading: Promise<HostRuntimeConfig> | null = null;
  return {
    load() {
      if (!loading) {
        const attempt = fetchRuntimeConfig(url);
        loading = attempt;
        attempt.catch(() => {
          if (loading === attempt) loading = null;
        });
      }
      return loading;
    },
  };
}
