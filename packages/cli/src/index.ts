export { type CliIo, ExitCode, helpText, main, version } from './main.ts';
