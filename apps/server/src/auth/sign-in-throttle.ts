import { WindowCounter } from './window-counter.js';

export interface SignInThrottleOptions {
  /** Attempts one address may make in a window, over all accounts (an office behind one NAT). */
  readonly perAddress?: number;
  /** Attempts one address may make at one account in a window. */
  readonly perAddressAndAccount?: number;
  /** Wrong passwords for one account, from any address, after which its answers slow down. */
  readonly slowAccountAfter?: number;
  /** How long each answer about such an account takes at least. */
  readonly slowAnswerMs?: number;
  readonly windowMs?: number;
  readonly now?: () => number;
}

/** What to do with an attempt: refuse it for so many seconds, or answer it no sooner than `delayMs`. */
export type ThrottleVerdict =
  | { readonly kind: 'refused'; readonly retryAfterSeconds: number }
  | { readonly kind: 'allowed'; readonly delayMs: number };

/**
 * Sign-in throttling that an attacker cannot turn against an account's owner. Refusals are per
 * address and per address and account: guessing from many addresses refuses none of them, so
 * the owner's correct password from a new address still signs them in. An account guessed at
 * from everywhere is only slowed (each answer about it takes `slowAnswerMs`), never locked.
 * Attempts count when they are made, so parallel guesses count too; a success is forgiven.
 */
export class SignInThrottle {
  readonly #attempts: WindowCounter;
  readonly #failures: WindowCounter;
  readonly #perAddress: number;
  readonly #perAddressAndAccount: number;
  readonly #slowAccountAfter: number;
  readonly #slowAnswerMs: number;

  constructor({
    perAddress = 50,
    perAddressAndAccount = 10,
    slowAccountAfter = 10,
    slowAnswerMs = 1000,
    windowMs = 15 * 60 * 1000,
    now = Date.now,
  }: SignInThrottleOptions = {}) {
    this.#attempts = new WindowCounter(windowMs, now);
    this.#failures = new WindowCounter(windowMs, now);
    this.#perAddress = perAddress;
    this.#perAddressAndAccount = perAddressAndAccount;
    this.#slowAccountAfter = slowAccountAfter;
    this.#slowAnswerMs = slowAnswerMs;
  }

  /** Counts an attempt before the password is checked. */
  attempt(address: string, account: string): ThrottleVerdict {
    const keys = keysOf(address, account);
    const overAddress = this.#attempts.add(keys.address) > this.#perAddress;
    const overPair = this.#attempts.add(keys.pair) > this.#perAddressAndAccount;
    if (overAddress || overPair) {
      const over = overPair ? keys.pair : keys.address;
      return { kind: 'refused', retryAfterSeconds: this.#attempts.secondsLeft(over) };
    }
    const guessedAt = this.#failures.count(keys.account) >= this.#slowAccountAfter;
    return { kind: 'allowed', delayMs: guessedAt ? this.#slowAnswerMs : 0 };
  }

  /** The password was right: the attempt does not count against the address. */
  succeeded(address: string, account: string): void {
    const keys = keysOf(address, account);
    this.#attempts.add(keys.address, -1);
    this.#attempts.add(keys.pair, -1);
  }

  /** The password was wrong: one more towards slowing the account's answers. */
  failed(address: string, account: string): void {
    this.#failures.add(keysOf(address, account).account);
  }
}

function keysOf(address: string, account: string) {
  const normalised = account.trim().toLowerCase();
  return {
    address: `address:${address}`,
    pair: `pair:${address}:${normalised}`,
    account: `account:${normalised}`,
  };
}
