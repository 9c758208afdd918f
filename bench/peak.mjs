// Preloaded into the CLI runs of `npm run bench` (node --import): prints the process's peak
// resident memory (maxRSS, worker threads included) on stderr as it exits.
process.on('exit', () => process.stderr.write(`\nrotaplan-bench-peak-kb ${process.resourceUsage().maxRSS}\n`));
