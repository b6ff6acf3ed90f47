/** What the profiles say, for BENCHMARKS.md (kept by hand: update it when a profile changes the story). */
export const PROFILE_NOTES = ['### Profiles', '', '(to be measured)'].join('\n');
