import { describe, expect, it } from 'vitest';
import { chat, makeSimulator } from './helpers';

const VISION = 'llama-3.2-11b-vision-preview';
const PNG = `data:image/png;base64,${'iVBORw0KGgo'.repeat(40)}`;

function imageMessage(urls: string[], text = 'What is in this image?') {
  return {
    role: 'user',
    content: [{ type: 'text', text }, ...urls.map((url) => ({ type: 'image_url', image_url: { url } }))],
  };
}

describe('vision', () => {
  it('describes a single image on a vision model and bills it in prompt_tokens', async () => {
    const { response, json } = await chat(makeSimulator(), {
      model: VISION,
      messages: [imageMessage([PNG])],
    });
    expect(response.status).toBe(200);
    expect(json.choices[0]?.message.content).toContain('one image (a PNG image');
    expect(json.usage.prompt_tokens).toBeGreaterThan(6_400);
  });

  it('accepts an http(s) image URL without fetching it', async () => {
    const { response, json } = await chat(makeSimulator(), {
      model: VISION,
      messages: [imageMessage(['https://upload.wikimedia.org/cat.jpg'])],
    });
    expect(response.status).toBe(200);
    expect(json.choices[0]?.message.content).toContain('the image at upload.wikimedia.org');
  });

  it('rejects image content on a model without vision', async () => {
    const { response, json } = await chat(makeSimulator(), {
      model: 'llama3-8b-8192',
      messages: [imageMessage([PNG])],
    });
    expect(response.status).toBe(400);
    expect(json.error.message).toBe(
      "'messages.0' : for 'role:user' the following must be satisfied[('messages.0.content' : value must be a string)]",
    );
  });

  it('answers 413 request_too_large for a base64 data URL over 4 MB', async () => {
    const big = `data:image/jpeg;base64,${'A'.repeat(4 * 1024 * 1024)}`;
    const { response, json } = await chat(makeSimulator(), {
      model: VISION,
      messages: [imageMessage([big])],
    });
    expect(response.status).toBe(413);
    expect(json.error).toEqual({
      message: 'Request Entity Too Large: base64 encoded images are limited to 4MB',
      type: 'invalid_request_error',
      code: 'request_too_large',
    });
  });

  it('allows only one image per request on the preview models', async () => {
    const { response, json } = await chat(makeSimulator(), {
      model: VISION,
      messages: [imageMessage([PNG, PNG])],
    });
    expect(response.status).toBe(400);
    expect(json.error.message).toMatch(/only one image per request/);
  });

  it('refuses a system prompt together with an image on the preview models', async () => {
    const { response, json } = await chat(makeSimulator(), {
      model: 'llama-3.2-90b-vision-preview',
      messages: [{ role: 'system', content: 'Be brief.' }, imageMessage([PNG])],
    });
    expect(response.status).toBe(400);
    expect(json.error.message).toMatch(/System prompts are not supported with images/);
  });
});
