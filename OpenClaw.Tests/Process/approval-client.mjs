// A real vscode-jsonrpc client answering the runtime's agent.requestApproval, the way an editor plugin would. Each
// argument after the binary is one agent.run and how its approval is answered: allow_once, reject_once, cancel (the
// run is cancelled while the approval is pending) or nocap (a second connection that does not declare approvals).
// Usage: node approval-client.mjs <runtime binary> <mode>... Prints one JSON summary line.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(process.env.OPENCLAW_NODE_MODULES + '/');
const rpc = require('vscode-jsonrpc/node');
const [binary, ...modes] = process.argv.slice(2);

async function connect(approvals, answer) {
  const child = spawn(binary, [], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  connection.onRequest('agent.requestApproval', (params, token) => answer(params, token));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, capabilities: approvals ? { approvals: true } : {} });
  return { connection, exited };
}

async function close({ connection, exited }) {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  const code = await exited;
  connection.dispose();
  return code;
}

const runs = [];
let current;
const withApprovals = await connect(true, (params, token) => {
  const run = current;
  run.asked.push(params);
  if (run.mode !== 'cancel') return { outcome: run.mode };
  // Cancel the run while this approval is pending; the runtime must cancel this request too (its $/cancelRequest may
  // arrive just after the run's -32800, so the loop below waits for it).
  return new Promise((resolve) => {
    token.onCancellationRequested(() => { run.approvalCancelled = true; run.withdrawn(); resolve({ outcome: 'cancelled' }); });
    run.source.cancel();
  });
});
const withoutApprovals = modes.includes('nocap') ? await connect(false, (params) => { current.asked.push(params); return { outcome: 'allow_once' }; }) : null;

for (const mode of modes) {
  current = { mode, asked: [], approvalCancelled: false, source: new rpc.CancellationTokenSource() };
  const withdrawn = new Promise((resolve) => { current.withdrawn = resolve; });
  const connection = (mode === 'nocap' ? withoutApprovals : withApprovals).connection;
  try {
    const result = await connection.sendRequest('agent.run', { message: `run ${mode}` }, current.source.token);
    current.toolCalls = result.toolCalls;
    current.text = result.text;
  } catch (error) {
    current.error = { code: error.code, message: error.message };
  }

  if (mode === 'cancel') await Promise.race([withdrawn, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
  delete current.source;
  delete current.withdrawn;
  runs.push(current);
}

const exitCodes = [await close(withApprovals)];
if (withoutApprovals) exitCodes.push(await close(withoutApprovals));
console.log(JSON.stringify({ runs, exitCodes }));
