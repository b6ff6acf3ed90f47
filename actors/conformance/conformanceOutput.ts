/** Where the command writes: stdout for reports, stderr for problems (a test passes its own). */
export interface ConformanceOutput {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: ConformanceOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
