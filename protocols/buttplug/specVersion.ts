/** The message spec version this implementation speaks (its own file: the client needs it without the schemas). */
export const SPEC_VERSION_MAJOR = 4;
export const SPEC_VERSION_MINOR = 0;
