// `npm run kernel`: installs this workspace's tslab as a Jupyter kernel for the user, so that `jupyter lab`,
// `jupyter notebook` and VS Code offer it (as "TypeScript (ansinh)") with no JUPYTER_PATH. It writes one
// file, <Jupyter data dir>/kernels/ansinh-tslab/kernel.json, and touches nothing else; the notebooks name
// this kernel (`ansinh-tslab`) in their metadata. The data dir is where Jupyter looks for the user's
// kernels: $JUPYTER_DATA_DIR, else what `jupyter --data-dir` says, else the platform's default
// ($XDG_DATA_HOME/jupyter or ~/.local/share/jupyter on Linux, ~/Library/Jupyter on macOS,
// %APPDATA%\jupyter on Windows).
//
//   npm run kernel                   install for the user
//   npm run kernel -- --here         write .jupyter/kernels/ansinh-tslab/ in the workspace instead
//                                    (then start Jupyter with JUPYTER_PATH=$PWD/.jupyter)
//   npm run kernel -- --dir DIR      write DIR/kernels/ansinh-tslab/
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const kernelName = 'ansinh-tslab';
const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  console.log(
    [
      'Cách dùng / Usage: npm run kernel [-- --here | --dir DIR]',
      '  Cài nhân TypeScript (tslab) của ansinh cho Jupyter của người dùng / installs the ansinh TypeScript (tslab)',
      '  kernel for the user’s Jupyter: <data dir>/kernels/ansinh-tslab/kernel.json.',
      '  --here      vào .jupyter/ của thư mục này / into this workspace’s .jupyter/ (use JUPYTER_PATH=$PWD/.jupyter)',
      '  --dir DIR   vào DIR/kernels/ansinh-tslab/ / into DIR/kernels/ansinh-tslab/',
    ].join('\n'),
  );
  process.exit(0);
}

/** The user's Jupyter data dir, as Jupyter itself finds it. */
function userDataDir() {
  if (process.env.JUPYTER_DATA_DIR) return { dir: process.env.JUPYTER_DATA_DIR, from: '$JUPYTER_DATA_DIR' };
  const asked = spawnSync('jupyter', ['--data-dir'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const said = asked.status === 0 ? asked.stdout.trim() : '';
  if (said !== '') return { dir: said, from: '`jupyter --data-dir`' };
  const home = homedir();
  if (process.platform === 'darwin') return { dir: join(home, 'Library', 'Jupyter'), from: 'macOS default' };
  if (process.platform === 'win32')
    return {
      dir: join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'jupyter'),
      from: 'Windows default',
    };
  return {
    dir: join(process.env.XDG_DATA_HOME || join(home, '.local', 'share'), 'jupyter'),
    from: 'Linux default',
  };
}

const dirArgument = args.indexOf('--dir');
if (dirArgument >= 0 && (args[dirArgument + 1] === undefined || args[dirArgument + 1].startsWith('--'))) {
  console.error('--dir cần một thư mục / --dir needs a folder');
  process.exit(2);
}
const unknown = args.filter(
  (a, i) => !['--here', '--dir'].includes(a) && !(dirArgument >= 0 && i === dirArgument + 1),
);
if (unknown.length > 0) {
  console.error(`không rõ / unknown: ${unknown.join(' ')} (npm run kernel -- --help)`);
  process.exit(2);
}
const target = args.includes('--here')
  ? { dir: join(root, '.jupyter'), from: '--here' }
  : dirArgument >= 0
    ? { dir: resolve(args[dirArgument + 1]), from: '--dir' }
    : userDataDir();

const tslab = join(root, 'node_modules', 'tslab', 'bin', 'tslab');
if (!existsSync(tslab)) {
  console.error(
    `Chưa cài tslab / tslab is not installed (${tslab}): chạy / run \`npm run setup\` trước / first.`,
  );
  process.exit(2);
}

// The node that runs this script starts the kernel too, so Jupyter needs no node on its PATH (nvm, a GUI).
const spec = {
  argv: [process.execPath, tslab, 'kernel', '--config-path', '{connection_file}'],
  display_name: 'TypeScript (ansinh)',
  language: 'typescript',
  metadata: { ansinh: { workspace: root } },
};
const folder = join(target.dir, 'kernels', kernelName);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'kernel.json'), `${JSON.stringify(spec, null, 2)}\n`);

console.log(
  `Đã cài nhân / installed the kernel "TypeScript (ansinh)": ${join(folder, 'kernel.json')} (${target.from})`,
);
console.log(
  target.from === '--here' || target.from === '--dir'
    ? `Mở / open: JUPYTER_PATH=${target.dir} jupyter lab notebooks/`
    : 'Mở / open: jupyter lab notebooks/   (hoặc / or VS Code: chọn nhân / pick the kernel "TypeScript (ansinh)")',
);
