// The autosaver of web/autosave.js on its own, in node (no browser): the last edit wins, an edit made during a save
// is saved right after it, network failures and 5xx/429 are retried (Retry-After honoured), other answers stop it.
// Prints {"passed": n}; exits 1 on the first failure. Usage: node autosave.test.mjs
import assert from 'node:assert/strict';
import { backoffMs, createAutosave, retryable } from '../../../../web/autosave.js';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const tests = [];
const test = (name, body) => tests.push({ name, body });

/** A fake API: each call records the value and answers with the next scripted outcome (after `latencyMs`). */
function fakeSend(outcomes = [], latencyMs = 5) {
  const sent = [];
  const send = async (value) => {
    sent.push(structuredClone(value));
    await sleep(latencyMs);
    const outcome = outcomes.shift();
    if (outcome) throw outcome;
  };
  return { sent, send };
}

const error = (status, retryAfter = null) => Object.assign(new Error(`status ${status}`), { status, retryAfter });

test('only the last of quick edits is sent', async () => {
  let value = 0;
  const api = fakeSend();
  const saver = createAutosave({ read: () => ({ value }), send: api.send, delayMs: 20 });
  for (value = 1; value <= 5; value++) saver.changed();
  value = 5;
  assert.equal(await saver.flush(), true);
  assert.deepEqual(api.sent, [{ value: 5 }]);
  assert.equal(saver.pending(), false);
});

test('an edit during a save is saved right after it, never lost', async () => {
  let value = 'a';
  const api = fakeSend([], 40);
  const states = [];
  const saver = createAutosave({ read: () => value, send: api.send, delayMs: 1, onState: (s) => states.push(s) });
  saver.changed();
  await sleep(15); // the first save is in flight
  value = 'ab';
  saver.changed();
  assert.equal(saver.pending(), true);
  await saver.flush();
  assert.deepEqual(api.sent, ['a', 'ab']);
  assert.equal(states.at(-1), 'saved');
});

test('a network failure and a 503 are retried, with the latest value', async () => {
  let value = 1;
  const api = fakeSend([error(0), error(503)]);
  const states = [];
  const saver = createAutosave({ read: () => value, send: api.send, delayMs: 1, backoff: { baseMs: 5 },
    onState: (s) => states.push(s) });
  saver.changed();
  await sleep(8);
  value = 2; // typed while the retry waits: saved at once, instead of the old value
  saver.changed();
  assert.equal(await saver.flush(), true);
  assert.equal(api.sent.at(-1), 2);
  assert.ok(states.includes('retrying'));
  assert.equal(states.at(-1), 'saved');
});

test('a 400 stops the retries and keeps the edit pending', async () => {
  const api = fakeSend([error(400)]);
  const states = [];
  const saver = createAutosave({ read: () => 'x', send: api.send, delayMs: 1, onState: (s) => states.push(s) });
  saver.changed();
  assert.equal(await saver.flush(), false);
  assert.equal(api.sent.length, 1);
  assert.equal(states.at(-1), 'failed');
  assert.equal(saver.pending(), true);
});

test('nothing is sent while the value is not savable', async () => {
  const api = fakeSend();
  const states = [];
  const saver = createAutosave({ read: () => null, send: api.send, delayMs: 1, onState: (s) => states.push(s) });
  saver.changed();
  await saver.flush();
  assert.equal(api.sent.length, 0);
  assert.equal(states.at(-1), 'incomplete');
});

test('the backoff doubles up to its ceiling and honours Retry-After', () => {
  assert.deepEqual([1, 2, 3, 4].map((n) => backoffMs(n, null)), [1000, 2000, 4000, 8000]);
  assert.equal(backoffMs(10, null), 30_000);
  assert.equal(backoffMs(1, '7'), 7000);
  assert.ok(backoffMs(1, new Date(Date.now() + 3000).toUTCString()) <= 3000);
  assert.equal(retryable(error(429)), true);
  assert.equal(retryable(error(0)), true);
  assert.equal(retryable(error(502)), true);
  assert.equal(retryable(error(412)), false);
});

for (const { name, body } of tests) {
  try {
    await body();
  } catch (failure) {
    console.error(`FAILED: ${name}\n${failure.stack}`);
    process.exit(1);
  }
}
console.log(JSON.stringify({ passed: tests.length }));
