// Saving as people type, for the applicant's form and the juror's score sheet: one save at a time, the last
// edit wins, edits made during a save are saved right after it, and a lost connection (or a server that is
// briefly overloaded) is retried with a growing delay, honouring Retry-After. No dependency: an ES module.

/** Network failures (status 0), server errors and 429 are worth trying again; anything else is an answer. */
export function retryable(error) {
  return Boolean(error) && (error.status === 0 || error.status === 429 || error.status >= 500);
}

/** The wait before try number `attempt` (1, 2…): Retry-After when the server gave one, else 1 s, 2 s, 4 s… up to 30 s. */
export function backoffMs(attempt, retryAfter, { baseMs = 1000, maxMs = 30_000 } = {}) {
  const seconds = Number(retryAfter);
  if (retryAfter !== null && retryAfter !== undefined && retryAfter !== '' && Number.isFinite(seconds) && seconds >= 0) {
    return Math.min(seconds * 1000, maxMs * 4);
  }
  const at = Date.parse(retryAfter || '');
  if (!Number.isNaN(at)) return Math.min(Math.max(at - Date.now(), 0), maxMs * 4);
  return Math.min(baseMs * 2 ** (attempt - 1), maxMs);
}

/**
 * An autosaver. `read()` gives what to save now (or null when there is nothing savable yet: an incomplete
 * sheet); `send(value)` saves it and resolves, or rejects with the API's error. `onState(state, detail)` hears
 * 'pending' (an edit waits for the debounce), 'saving', 'saved', 'retrying' ({error, delayMs}), 'failed' ({error}: an answer that retrying will not change)
 * and 'incomplete' (read() gave null). `delayMs` is the debounce after the last edit.
 *
 * changed()  an edit happened: save after the debounce (or after the save in flight)
 * flush()    save now what is pending; resolves true once everything is saved, false if a save failed
 * pending()  whether some edit is not saved yet (to warn before leaving)
 */
export function createAutosave({ read, send, onState = () => {}, delayMs = 800, backoff = {} }) {
  let timer = null;
  let edited = false;
  let inFlight = null;
  let waiting = null; // {resolve} while a retry waits
  let attempt = 0;
  let failed = false;

  function changed() {
    edited = true;
    failed = false;
    onState('pending');
    clearTimeout(timer);
    // an edit during a retry's wait saves at once: the connection may well be back
    if (waiting) {
      waiting.resolve();
      return;
    }
    timer = setTimeout(() => run(), delayMs);
  }

  function wait(ms) {
    return new Promise((resolve) => {
      const handle = setTimeout(() => {
        waiting = null;
        resolve();
      }, ms);
      waiting = { resolve: () => { clearTimeout(handle); waiting = null; resolve(); } };
    });
  }

  async function loop() {
    while (edited) {
      const value = read();
      if (value === null || value === undefined) {
        edited = false;
        onState('incomplete');
        return true;
      }
      edited = false;
      onState('saving');
      try {
        await send(value);
        attempt = 0;
      } catch (error) {
        if (!retryable(error)) {
          failed = true;
          attempt = 0;
          onState('failed', { error });
          return false;
        }
        // what failed is still to save; a newer edit, if any, replaces it when the loop reads again
        edited = true;
        attempt += 1;
        const delay = backoffMs(attempt, error?.retryAfter, backoff);
        onState('retrying', { error, delayMs: delay });
        await wait(delay);
        continue;
      }
      if (!edited) onState('saved');
    }
    return !failed;
  }

  function run() {
    clearTimeout(timer);
    if (!inFlight) {
      inFlight = loop().finally(() => { inFlight = null; });
    }
    return inFlight;
  }

  async function flush() {
    if (waiting) waiting.resolve();
    if (!edited && !inFlight) return !failed;
    const result = await run();
    // an edit that came while the last round finished: one more round
    return edited ? flush() : result;
  }

  return {
    changed,
    flush,
    pending: () => edited || Boolean(inFlight) || failed,
  };
}
