// Starts the built TeamBot host on a free loopback port with a fresh data folder, as a user would run it, and can
// stop and start it again on the same port (the unreachable-host test). test.sh builds Release first; a Debug build
// is the fallback for a quick local run. Only a build that carries the task pane (addin/taskpane.html, which the
// bot project's build makes with Vite) will do: an older build without it would serve 404s.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { artifactsDir, repoRoot } from './paths.js';

const START_TIMEOUT_MS = 90_000;

export function hostDll() {
  if (process.env.TEAMBOT_DLL) return path.resolve(process.env.TEAMBOT_DLL);
  const candidates = ['Release', 'Debug'].map((c) => path.join(repoRoot, 'bot', 'bin', c, 'net10.0', 'teambot.dll'));
  const found = candidates.find((file) => existsSync(file) && existsSync(path.join(path.dirname(file), 'addin', 'taskpane.html')));
  if (!found) {
    throw new Error(`No teambot.dll with the built pane (addin/taskpane.html beside it) in ${candidates.join(' or ')}: `
      + 'build the solution first (test.sh does), or set TEAMBOT_DLL.');
  }
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, logName) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the host exited with code ${child.exitCode}; see artifacts/addin/${logName}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the host did not answer ${url}/healthz within ${START_TIMEOUT_MS / 1000} s`);
}

/**
 * @param {string} name  names the log file, artifacts/addin/host-<name>.log (one per test file, they run in parallel)
 * @returns {Promise<{ url: string, stop: () => Promise<void>, start: () => Promise<void>, dispose: () => Promise<void> }>}
 */
export async function startHost(name) {
  mkdirSync(artifactsDir, { recursive: true });
  const dll = hostDll();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `teambot-addin-${name}-`));
  const url = `http://127.0.0.1:${await freePort()}`;
  const logName = `host-${name}.log`;
  const log = createWriteStream(path.join(artifactsDir, logName));
  const env = { ...process.env };
  delete env.TEAMBOT_DATA;
  // The default settings, as a user runs it: the stored plans' images come from their own folder (Plans:Path).
  const args = [dll, 'serve', '--data', dataDir, '--urls', url];

  let child = null;
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit); // a crashed test run must not leave the host listening

  const stop = async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };

  const start = async () => {
    child = spawn('dotnet', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    try {
      await waitForHealth(url, child, logName);
    } catch (error) {
      await stop();
      throw error;
    }
  };

  const dispose = async () => {
    await stop();
    process.removeListener('exit', killOnExit);
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await start();
  } catch (error) {
    await dispose();
    throw error;
  }
  return { url, stop, start, dispose };
}
