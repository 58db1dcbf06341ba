/**
 * One lane run over a 24-hour window at 10 s (8,640 samples) on the simulated clock, with the
 * real lane code: prints its resident memory and the size of the comment it would write, as
 * JSON, for `npm run bench` (run as its own process, so that the figure is this run's alone).
 */
import { renderReport } from '../src/core/report.js';
import { runLane } from '../src/core/lane.js';
import { laneWorld } from '../__tests__/helpers/lane-world.js';

const world = laneWorld({
  inputs: {
    'test-command': 'true',
    'deploy-command': './deploy.sh',
    'probe-url': 'http://127.0.0.1:9/healthz',
    thresholds: 'error_rate < 1%\nlatency_p95_ms < 800ms',
    'monitor-duration': '24h',
    'monitor-interval': '10s',
  },
  metrics: (s) => ({
    error_rate: s > 0 && Math.floor(s) % 3600 === 0 ? 0.02 : 0.001,
    latency_p95_ms: 120,
  }),
});
const started = performance.now();
const result = await runLane(world.input);
const ms = performance.now() - started;
const comment = renderReport(result.state);
globalThis.gc?.();
process.stdout.write(
  JSON.stringify({
    status: result.status,
    samples: result.state.samples.length,
    rssMb: process.memoryUsage().rss / 2 ** 20,
    heapMb: process.memoryUsage().heapUsed / 2 ** 20,
    commentChars: comment.length,
    seconds: ms / 1000,
  }),
);
