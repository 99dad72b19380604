'use strict';
// Runs the real TeamBot host (`teambot serve`) as a child process on a free loopback port.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..', '..');

/** test.sh builds Release; a developer's plain `dotnet build` leaves only Debug. */
function teambotDll() {
  for (const configuration of ['Release', 'Debug']) {
    const dll = path.join(repo, 'bot', 'bin', configuration, 'net10.0', 'teambot.dll');
    if (fs.existsSync(dll)) return dll;
  }
  throw new Error('teambot.dll not found: build the solution first (dotnet build TeamBot.sln -c Release)');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
  });
}

async function startTeamBotHost(settings = {}) {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'teambot-botbuilder-'));
  const url = `http://127.0.0.1:${await freePort()}`;
  const args = [teambotDll(), 'serve', '--data', data, '--urls', url,
    ...Object.entries(settings).map(([key, value]) => `--${key}=${value}`)];
  const child = spawn('dotnet', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DOTNET_NOLOGO: '1' } });
  let log = '';
  child.stdout.on('data', (chunk) => { log += chunk; });
  child.stderr.on('data', (chunk) => { log += chunk; });

  // Should the test runner die mid-run, do not leave the host behind.
  const killOnExit = () => child.kill();
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(data, { recursive: true, force: true });
  };

  // The first start imports the sample region, so allow it some seconds.
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) { await stop(); throw new Error(`teambot exited with ${child.exitCode}:\n${log}`); }
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { await stop(); throw new Error(`teambot did not become healthy in 30 s:\n${log}`); }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, stop, log: () => log };
}

module.exports = { startTeamBotHost };
