// A real LSP-style client (vscode-jsonrpc, Content-Length framing) driving the runtime the way an editor
// plugin does. Usage: node lsp-client.mjs <runtime binary>. Prints one JSON summary line.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(process.env.OPENCLAW_NODE_MODULES + '/');
const rpc = require('vscode-jsonrpc/node');

const child = spawn(process.argv[2], [], { stdio: ['pipe', 'pipe', 'inherit'] });
const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
const connection = rpc.createMessageConnection(
  new rpc.StreamMessageReader(child.stdout),
  new rpc.StreamMessageWriter(child.stdin));
connection.listen();

const initialize = await connection.sendRequest('initialize', {
  processId: process.pid,
  clientInfo: { name: 'lsp-client.mjs', version: '1.0' },
  protocolVersions: ['1.0'],
});
await connection.sendNotification('initialized', {});
const health = await connection.sendRequest('health');
let unknown;
try {
  await connection.sendRequest('no.such.method', {});
} catch (error) {
  unknown = { code: error.code, kind: error.data?.kind };
}
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
const exitCode = await exited;
connection.dispose();
console.log(JSON.stringify({ track: initialize.track, methods: initialize.capabilities.methods, health: health.status, unknown, exitCode }));
