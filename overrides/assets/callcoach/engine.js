// One checking engine per tab: a lazily started module worker, shared by every widget on every page.

// A check that has not answered in this time is treated as a crash: the worker is restarted.
const TIMEOUT_MS = 5000;

class Engine {
  constructor() {
    this.worker = null;
    this.ready = null;
    this.pending = new Map();
    this.seq = 0;
    this.listeners = new Set();
    this.state = "idle"; // idle | starting | ready | failed
  }

  /** Why checks cannot run here, or "" when they can. */
  unsupportedReason() {
    if (location.protocol === "file:") {
      return "Interactive checks cannot run from a file opened on disk. Start the course with its launcher (or `make serve`) and open it over http.";
    }
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      return "This browser blocks WebAssembly or web workers, which the checks need. Try an up-to-date Chrome, Edge, Firefox or Safari.";
    }
    return "";
  }

  onChange(listener) {
    this.listeners.add(listener);
    listener(this.state, this.failure);
    return () => this.listeners.delete(listener);
  }

  setState(state, failure = "") {
    this.state = state;
    this.failure = failure;
    for (const listener of this.listeners) listener(state, failure);
  }

  /** Start the worker once; resolves when Python is ready, rejects with a plain message. */
  start() {
    if (this.ready) return this.ready;
    const reason = this.unsupportedReason();
    if (reason) {
      this.setState("failed", reason);
      this.ready = Promise.reject(new Error(reason));
      this.ready.catch(() => {});
      return this.ready;
    }
    this.setState("starting");
    performance.mark("callcoach:engine-start");
    this.ready = new Promise((resolve, reject) => {
      const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
      this.worker = worker;
      worker.onmessage = (event) => {
        const message = event.data || {};
        if (message.type === "ready") {
          // How it started ("snapshot" or "fresh") rides on the mark, for tests and benchmarks.
          performance.mark("callcoach:engine-ready", { detail: { start: message.start } });
          this.setState("ready");
          resolve();
        } else if (message.type === "failed") {
          this.fail(`The checking engine could not start (${message.message}).`, reject);
        } else if (this.pending.has(message.id)) {
          const { settle } = this.pending.get(message.id);
          this.pending.delete(message.id);
          settle(message);
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        const message = this.state === "ready"
          ? "The checking engine stopped unexpectedly. Your answers are kept: check again to restart it."
          : "The checking engine could not start (its files did not load). Check your connection and reload the page; your answers are kept.";
        this.fail(message, reject);
      };
    });
    this.ready.catch(() => {});
    return this.ready;
  }

  fail(message, reject) {
    this.setState("failed", message);
    for (const { settle } of this.pending.values()) settle({ ok: false, error: { code: "engine-failed", message } });
    this.pending.clear();
    if (this.worker) this.worker.terminate();
    this.worker = null;
    // Forget the failed start so the next request tries again with a fresh worker.
    this.ready = null;
    reject(new Error(message));
  }

  /** Send one request; resolves with the bridge's response (always {ok, ...}). */
  async request(type, payload) {
    try {
      await this.start();
    } catch (error) {
      return { ok: false, error: { code: "engine-failed", message: error.message } };
    }
    const id = ++this.seq;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.fail("A check took too long, so the engine was restarted. Your answers are kept: try again.", () => {});
        resolve({ ok: false, error: { code: "timeout", message: "The check took too long. Your answers are kept: please try again." } });
      }, TIMEOUT_MS);
      this.pending.set(id, { settle: (message) => { clearTimeout(timer); resolve(message); } });
      this.worker.postMessage({ ...payload, type, id });
    });
  }
}

export const engine = new Engine();
