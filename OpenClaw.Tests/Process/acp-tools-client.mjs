// A real ACP client (@agentclientprotocol/sdk) giving `<binary> acp` an MCP server in session/new and answering its
// session/request_permission: the first prompt's call is allowed once, the second's rejected.
// Usage: node acp-tools-client.mjs <runtime binary> <cwd> <mcp server command> <arg>... Prints one JSON summary line.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { Readable, Writable } from 'node:stream';

const require = createRequire(process.env.OPENCLAW_NODE_MODULES + '/');
const acp = await import(require.resolve('@agentclientprotocol/sdk'));
const [binary, cwd, command, ...args] = process.argv.slice(2);

const child = spawn(binary, ['acp'], { stdio: ['pipe', 'pipe', 'inherit'] });
const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
const stream = acp.ndJsonStream(Writable.toWeb(child.stdin), Readable.toWeb(child.stdout));
const updates = [];
const permissions = [];
const answers = ['allow_once', 'reject_once'];

const summary = await acp.client({ name: 'acp-tools-client.mjs' })
  .onNotification(acp.methods.client.session.update, (context) => { updates.push(context.params.update); })
  .onRequest(acp.methods.client.session.requestPermission, (context) => {
    permissions.push(context.params);
    return { outcome: { outcome: 'selected', optionId: answers[permissions.length - 1] } };
  })
  .connectWith(stream, async (cx) => {
    await cx.request(acp.methods.agent.initialize, { protocolVersion: acp.PROTOCOL_VERSION, clientCapabilities: {} });
    const mcpServers = [{ name: 'everything', command, args, env: [] }];
    const { sessionId } = await cx.request(acp.methods.agent.session.new, { cwd, mcpServers });
    const prompts = [];
    for (const text of ['echo one', 'echo two']) {
      updates.length = 0;
      const answer = await cx.request(acp.methods.agent.session.prompt, { sessionId, prompt: [{ type: 'text', text }] });
      const calls = updates.filter((u) => u.sessionUpdate === 'tool_call' || u.sessionUpdate === 'tool_call_update')
        .map((u) => ({ kind: u.sessionUpdate, id: u.toolCallId, status: u.status, text: u.content?.[0]?.content?.text }));
      prompts.push({ stopReason: answer.stopReason, calls });
    }
    return { sessionId, prompts, permissions };
  });
child.stdin.end();
summary.exitCode = await exited;
console.log(JSON.stringify(summary));
