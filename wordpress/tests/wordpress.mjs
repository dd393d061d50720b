/**
 * Real WordPress sites for the plugin's tests, from Debian's packages: one
 * MariaDB server (own data folder and socket, no network) and one
 * `php -S 127.0.0.1:<free port>` per WordPress version, each in its own
 * process group so that stopping it ends its workers too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, copyFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');
export const PASSWORD = 'standpoint-test-password';

/**
 * Where each WordPress comes from: Debian 12's package, and Debian 13's
 * unpacked by install.sh (its links point into the system's other packages).
 */
export function wordpressSources() {
  const sources = [];
  // The lowest WordPress with a classic theme (wpautop, a footer script), the current one with its block theme.
  if (existsSync('/usr/share/wordpress/wp-includes/version.php')) sources.push({ name: 'debian12', root: '/usr/share/wordpress', theme: 'twentytwentyone' });
  const current = join(repoRoot, '.cache', 'wordpress-current', 'usr', 'share', 'wordpress');
  if (existsSync(join(current, 'wp-includes', 'version.php'))) sources.push({ name: 'current', root: current, theme: 'twentytwentyfive' });
  return sources;
}

export const versionOf = (root) => /\$wp_version = '([^']+)'/.exec(readFileSync(join(root, 'wp-includes/version.php'), 'utf8'))[1];

/**
 * Copies a Debian WordPress tree with its links resolved: a relative link
 * is read as if the tree were at /usr/share/wordpress, where Debian puts it.
 */
export function copyTree(from, to, systemPath = '/usr/share/wordpress') {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    const stat = lstatSync(source);
    if (stat.isDirectory()) {
      copyTree(source, target, join(systemPath, name));
    } else if (stat.isSymbolicLink()) {
      const link = readlinkSync(source);
      const candidates = [resolve(systemPath, link), resolve(from, link)];
      const real = candidates.find((candidate) => existsSync(candidate));
      if (!real) continue; // e.g. .htaccess → /etc/wordpress: not needed under php -S
      if (statSync(real).isDirectory()) copyTree(real, target, real);
      else copyFileSync(real, target);
    } else {
      copyFileSync(source, target);
    }
  }
}
/** A free port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Ends a process group started with `detached: true`. */
function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

const children = new Set();
process.on('exit', () => children.forEach(stopGroup));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Starts MariaDB in `folder`; returns its socket. */
export async function startMariaDb(folder) {
  const data = join(folder, 'data');
  const socket = join(folder, 'mysqld.sock');
  mkdirSync(data, { recursive: true });
  const install = spawnSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=normal'], { encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`mariadb-install-db failed:\n${install.stderr}`);
  const server = spawn(
    'mariadbd',
    ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(folder, 'mysqld.pid')}`, `--log-error=${join(folder, 'error.log')}`, '--innodb-buffer-pool-size=64M'],
    { detached: true, stdio: 'ignore' },
  );
  children.add(server);
  for (let tries = 0; tries < 100; tries += 1) {
    if (spawnSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'SELECT 1'], { stdio: 'ignore' }).status === 0) {
      return { socket, sql: (statement) => spawnSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', statement], { encoding: 'utf8' }), stop: () => stopGroup(server) };
    }
    await sleep(200);
  }
  throw new Error(`MariaDB did not start: see ${join(folder, 'error.log')}`);
}

/**
 * A WordPress site in `folder`, installed, with a user of each role, served
 * at http://127.0.0.1:<port>. `DISALLOW_UNFILTERED_HTML` is on: every role,
 * administrators included, saves through kses, as on a multisite.
 */
export async function startSite({ name, root, theme }, folder, database) {
  const site = join(folder, 'site');
  copyTree(root, site);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const db = `wp_${name}`;
  database.sql(`CREATE DATABASE ${db} CHARACTER SET utf8mb4`);
  writeFileSync(
    join(site, 'wp-config.php'),
    `<?php
define( 'DB_NAME', '${db}' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${database.socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'DISALLOW_UNFILTERED_HTML', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${join(folder, 'debug.log')}' );
define( 'WP_DEBUG_DISPLAY', false );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((key) => `define( '${key}', '${name}-${key}-standpoint-tests' );`).join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
  );
  const setup = spawnSync('php', [join(here, 'setup-site.php'), site], { encoding: 'utf8', env: { ...process.env, STANDPOINT_WP_URL: url, STANDPOINT_WP_PASSWORD: PASSWORD, STANDPOINT_WP_THEME: theme ?? '' } });
  if (setup.status !== 0) throw new Error(`WordPress setup failed:\n${setup.stdout}\n${setup.stderr}`);
  const info = JSON.parse(setup.stdout.slice(setup.stdout.indexOf('{')));
  const server = spawn(
    'php',
    ['-d', 'opcache.revalidate_freq=0', '-d', 'upload_max_filesize=16M', '-d', 'post_max_size=16M', '-d', 'memory_limit=256M', '-S', `127.0.0.1:${port}`, '-t', site, join(here, 'router.php')],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } },
  );
  server.stderr.on('data', () => {}); // php -S logs every request on stderr
  children.add(server);
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      const response = await fetch(`${url}/wp-login.php`);
      if (response.ok) break;
    } catch {
      await sleep(100);
    }
  }
  return { ...info, url, site, folder, stop: () => stopGroup(server) };
}
