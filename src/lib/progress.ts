/** A one-line progress display for long terminal work; silent when the stream is not a TTY. */
export interface Progress {
  update(done: number, note?: string): void;
  done(note?: string): void;
}

/** Draws `label [#####.....] done/total note` on a TTY, rewriting the line in place. */
export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  let last = 0;
  const draw = (done: number, note = "") => {
    const width = 24;
    const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : 0;
    stream.write(
      `\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${note}`.slice(
        0,
        (stream.columns ?? 120) - 1,
      ) + "\x1b[K",
    );
  };
  return {
    update(done, note) {
      const now = Date.now();
      // Redrawing on every item costs more than the work on fast loops; ten frames a second is enough.
      if (!tty || now - last < 100) return;
      last = now;
      draw(done, note);
    },
    done(note) {
      if (!tty) return;
      draw(total, note);
      stream.write("\n");
    },
  };
}
