/** The path of a Chromium or Chrome on this machine, or undefined when there is none. */
export function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
