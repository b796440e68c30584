// The built `party-news` command in a child process, as a CMS build or CI runs it: its exit code,
// standard output and standard error. A command that never exits is killed after a minute, and
// fails its test, instead of holding the run.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export async function partyNews(...args) {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['bin/party-news.js', ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    if (typeof e.code !== 'number') throw e;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
