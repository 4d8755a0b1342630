/** A one-line progress bar on stderr, shown only on a terminal. */
export class Progress {
  private readonly enabled: boolean;
  private last = 0;

  constructor(private readonly label: string) {
    this.enabled = !!process.stderr.isTTY;
  }

  update(done: number, total?: number, note = ''): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 80) return;
    this.last = now;
    const width = 24;
    const bar = total ? '#'.repeat(Math.round((done / total) * width)).padEnd(width, '.') : '';
    const count = total ? `${done}/${total}` : `${done}`;
    process.stderr.write(`\r${this.label} ${bar ? `[${bar}] ` : ''}${count} ${note}`.slice(0, (process.stderr.columns ?? 100) - 1).padEnd(40));
  }

  done(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }
}
