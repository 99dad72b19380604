// Starts the built TeamBot host on a free loopback port with a fresh data folder, as a user would run it,
// and stops it again. test.sh builds Release first; a Debug build is the fallback for a quick local run.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { artifactsDir, repoRoot } from './paths.js';

const START_TIMEOUT_MS = 90_000;

export function hostDll() {
  const candidates = ['Release', 'Debug'].map((c) => path.join(repoRoot, 'bot', 'bin', c, 'net10.0', 'teambot.dll'));
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`No teambot.dll in ${candidates.join(' or ')}: build the solution first (test.sh does).`);
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

async function waitForHealth(url, child) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the host exited with code ${child.exitCode}; see artifacts/webchat/host.log`);
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

/** @returns {Promise<{ url: string, stop: () => Promise<void> }>} */
export async function startHost() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'teambot-webchat-'));
  const url = `http://127.0.0.1:${await freePort()}`;
  const log = createWriteStream(path.join(artifactsDir, 'host.log'));
  const env = { ...process.env };
  delete env.TEAMBOT_DATA;
  const child = spawn('dotnet', [hostDll(), 'serve', '--data', dataDir, '--urls', url], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  // A crashed test run must not leave the host listening.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
