// Finds a Chromium or Chrome to drive headless (the report test), never downloading one: the path in
// ANSINH_CHROMIUM or CHROME_PATH, then the usual command names on PATH, then the usual install places.
import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const places = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The path of a Chromium or Chrome on this machine, or undefined when there is none. */
export function findChromium(env = process.env) {
  for (const variable of ['ANSINH_CHROMIUM', 'CHROME_PATH']) {
    const given = env[variable];
    if (given !== undefined && given !== '' && existsSync(given)) return given;
  }
  const extensions = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of (env.PATH ?? '').split(delimiter).filter((d) => d !== '')) {
    for (const name of names) {
      for (const extension of extensions) {
        const candidate = join(dir, `${name}${extension}`);
        if (isFile(candidate)) return candidate;
      }
    }
  }
  return places.find(isFile);
}
