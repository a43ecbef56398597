/**
 * `npm run simulator`: serves the offline Groq API simulator (see docs/simulator.md).
 * SIMULATOR_PORT (default 8787), SIMULATOR_HOST (default 127.0.0.1), SIMULATOR_API_KEY, SIMULATOR_TPS,
 * SIMULATOR_TOKENS, SIMULATOR_FIRST_TOKEN_MS, SIMULATOR_SLOW_MS, SIMULATOR_ERA (today | 2024).
 */
import { parseSimulatorEnv } from '../lib/env/schema';
import { startSimulatorServer } from '../lib/simulator/index';

async function main(): Promise<void> {
  const { SIMULATOR_PORT: port, SIMULATOR_HOST: host } = parseSimulatorEnv(process.env);
  const server = await startSimulatorServer({ port, host });
  const { options } = server.simulator;
  console.log(`Groq API simulator listening on ${server.url}`);
  console.log(`  base URL for groq-sdk: ${server.url}  (requests go to ${server.url}/openai/v1/...)`);
  console.log(`  API key:               ${options.apiKey}`);
  console.log(
    `  lineup:                ${options.era === 'today' ? "today's Groq" : 'November 2024'} (SIMULATOR_ERA)`,
  );
  console.log(
    `  speed:                 ${options.tokensPerSecond || 'unthrottled'} tokens/s, ~${options.answerTokens} tokens per answer`,
  );
  console.log(
    `  request log:           ${server.url}/_simulator/requests  (Authorization: Bearer <the API key>)`,
  );
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received, stopping the simulator…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('Could not start the simulator:', error);
  process.exit(1);
});
