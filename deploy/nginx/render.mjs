#!/usr/bin/env node
/*
 * Renders vm-operations.conf.template into an nginx config for one deployment, from
 * environment variables (see README.md). Plain Node (18+), no dependencies:
 *
 *   VM_OPERATIONS_REMOTE_URL=https://cdn.example/vm-operations/mf-manifest.json \
 *   HOST_ROOT=/srv/migratekit/dashboard REMOTE_ROOT=/srv/migratekit/vm-operations \
 *   node deploy/nginx/render.mjs --out /etc/nginx/conf.d/vm-operations.conf
 *
 * Unlike a bare envsubst it checks every value, fills in the defaults, and refuses a template
 * placeholder it does not know, so a typo cannot reach nginx as a broken or unsafe config.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// Characters that would end or escape an nginx token, or start a variable or a comment.
const NGINX_SPECIAL = /[\s;{}'"\\$#]/;

function listenAddress(value) {
  const match = /^(?:(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):)?(\d{1,5})$/.exec(value);
  const port = Number(match?.[1]);
  if (!match || port < 1 || port > 65535) {
    throw new Error('must be a port or address:port, e.g. 80 or 127.0.0.1:8080');
  }
  return value;
}

function absolutePath(value) {
  if (!path.isAbsolute(value) || NGINX_SPECIAL.test(value)) {
    throw new Error('must be an absolute path without spaces, quotes, ;, {, }, $ or #');
  }
  return value.replace(/\/+$/, '') || '/';
}

function serverName(value) {
  if (!/^[A-Za-z0-9_.*-]+(?: [A-Za-z0-9_.*-]+)*$/.test(value)) {
    throw new Error('must be host names separated by spaces, or _ for any');
  }
  return value;
}

function httpUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error('must be an absolute http(s) URL');
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password) {
    throw new Error('must be an http(s) URL without credentials');
  }
  if (NGINX_SPECIAL.test(value))
    throw new Error('must not contain spaces, quotes, ;, {, }, $ or #');
  return url;
}

/** The OMA API's origin: proxy_pass without a path keeps /api/v1/… as the browser sent it. */
function apiOrigin(value) {
  const url = httpUrl(value);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error('must be an origin only, e.g. http://127.0.0.1:8082 (no path)');
  }
  return url.origin;
}

function remoteUrl(value) {
  const url = httpUrl(value);
  if (url.hash) throw new Error('must not have a #fragment');
  // Its folder is a Content-Security-Policy source, which a comma would end.
  if (url.href.includes(',')) throw new Error('must not contain a comma');
  return url.href;
}

function seconds(value) {
  if (!/^[1-9][0-9]{0,4}s?$/.test(value)) throw new Error('must be a number of seconds, e.g. 60s');
  return value.endsWith('s') ? value : `${value}s`;
}

function allowOrigin(value) {
  if (value === '*') return value;
  const url = httpUrl(value);
  if (url.origin !== value.replace(/\/$/, '')) {
    throw new Error('must be * or one origin, e.g. https://dashboard.example');
  }
  return url.origin;
}

/** Every placeholder of the template: its check and its default (none: required). */
export const SETTINGS = {
  HOST_LISTEN: { check: listenAddress, fallback: '80' },
  HOST_SERVER_NAME: { check: serverName, fallback: '_' },
  HOST_ROOT: { check: absolutePath, fallback: '/srv/migratekit/dashboard' },
  OMA_API_URL: { check: apiOrigin, fallback: 'http://127.0.0.1:8082' },
  OMA_API_TIMEOUT: { check: seconds, fallback: '60s' },
  OMA_API_CA_FILE: { check: absolutePath, fallback: '/etc/ssl/certs/ca-certificates.crt' },
  VM_OPERATIONS_REMOTE_URL: { check: remoteUrl },
  REMOTE_LISTEN: { check: listenAddress, fallback: '8081' },
  REMOTE_SERVER_NAME: { check: serverName, fallback: '_' },
  REMOTE_ROOT: { check: absolutePath, fallback: '/srv/migratekit/vm-operations' },
  REMOTE_ALLOW_ORIGIN: { check: allowOrigin, fallback: '*' },
};

export const DEFAULT_TEMPLATE = path.join(here, 'vm-operations.conf.template');

/** The template with every `${NAME}` replaced by its checked value from `env`. */
export function render(template, env) {
  const problems = [];
  const values = {};
  for (const [name, { check, fallback }] of Object.entries(SETTINGS)) {
    const raw = env[name]?.trim() || fallback;
    if (raw === undefined) {
      problems.push(`${name} is required`);
      continue;
    }
    try {
      values[name] = check(raw);
    } catch (error) {
      problems.push(`${name}=${JSON.stringify(raw)} ${error.message}`);
    }
  }
  const output = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
    if (!(name in SETTINGS)) {
      problems.push(`the template uses \${${name}}, which is not a known setting`);
      return '';
    }
    return values[name] ?? '';
  });
  if (problems.length > 0)
    throw new Error(`Cannot render the nginx config:\n  ${problems.join('\n  ')}`);
  return output;
}

function main(argv) {
  let out = null;
  let templatePath = DEFAULT_TEMPLATE;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--out') out = argv[++index];
    else if (arg === '--template') templatePath = argv[++index];
    else if (arg === '--help' || arg === '-h') {
      console.log(
        `Usage: node render.mjs [--out FILE] [--template FILE]\nSettings (environment): ${Object.keys(SETTINGS).join(', ')}`,
      );
      return 0;
    } else {
      console.error(`Unknown argument: ${arg}`);
      return 2;
    }
  }
  let config;
  try {
    config = render(readFileSync(templatePath, 'utf8'), process.env);
  } catch (error) {
    console.error(error.message);
    return 1;
  }
  if (out) writeFileSync(out, config);
  else process.stdout.write(config);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
