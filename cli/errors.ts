/** The usage error (kept apart from args.ts so that the startup path loads no parser and no fuzzy matcher). */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to point at. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
