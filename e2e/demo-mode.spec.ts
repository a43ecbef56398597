import { PlaygroundPage } from './pages/playground-page';
import { expect, test } from './support/fixtures';

test('with no key the playground runs on the built-in simulator and says so', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.reset();
  await expect(
    page.getByText('Demo mode — simulated responses; set GROQ_API_KEY for real models'),
  ).toBeVisible();
  await playground.send('Explain the importance of fast language models');
  await expect(playground.lastAnswer()).toContainText('Status:done', { timeout: 15_000 });
  await expect(playground.lastAnswer().getByTestId('message-content')).toContainText(/fast language models/i);
});
