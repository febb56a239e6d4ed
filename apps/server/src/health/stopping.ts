/**
 * Whether this instance has begun to stop. From then on `/readyz` answers 503 (so that a load
 * balancer that probes it sends new traffic elsewhere) and new collaboration sockets are turned
 * away with 1001, while what is already open keeps working until the drain ends.
 */
export class Stopping {
  #begun = false;

  begin(): void {
    this.#begun = true;
  }

  get begun(): boolean {
    return this.#begun;
  }
}
