import { Unauthenticated } from '../../common/errors.js';

/**
 * A sign-in refused before its password was looked at: too many recent tries for the email from
 * this address (or from this address in all), or too many passwords being checked at once.
 * `retryAfterSeconds` says when trying again can succeed.
 */
export class SignInRefused extends Unauthenticated {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { retryAfterSeconds });
  }

  static throttled(waitSeconds: number): SignInRefused {
    const seconds = Math.max(1, Math.ceil(waitSeconds));
    return new SignInRefused(`Too many failed sign-ins; try again in ${seconds} second${seconds === 1 ? '' : 's'}`, seconds);
  }

  static busy(): SignInRefused {
    return new SignInRefused('Too many sign-ins at once; try again shortly', 1);
  }
}
