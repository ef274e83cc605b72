/**
 * Runs shell commands at the same time and prints each one's output whole, under its name, as it
 * ends. `npm test` uses it for two steps that need no build and leave each other's files alone:
 * the type check keeps one core busy and the unit tests the other (35 s one after the other, 22 s
 * together on two cores). Exits with status 1 when any command failed, after naming each.
 *
 * Usage: node scripts/run-together.ts "<command>" "<command>" ...
 */
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node scripts/run-together.ts "<command>" "<command>" ...');
  process.exit(2);
}

function run(command: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (err) => output.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code) => {
      process.stdout.write(`\n> ${command}\n\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code ?? 1);
    });
  });
}

const statuses = await Promise.all(commands.map(run));
statuses.forEach((status, i) => {
  if (status !== 0) console.error(`\n✗ ${commands[i]} failed (exit ${status})`);
});
process.exit(statuses.some((status) => status !== 0) ? 1 : 0);
