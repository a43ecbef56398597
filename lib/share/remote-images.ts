import type { ShareState } from './share-schema';

/**
 * A share link's author chooses its image URLs, so opening the link would make the browser fetch
 * them — a tracking beacon. The opener asks first; these helpers say from where, and drop them.
 */
export function remoteImageHosts(state: ShareState): string[] {
  const hosts = new Set<string>();
  const panes = state.compare?.panes.flatMap((pane) => pane.messages ?? []) ?? [];
  for (const message of [...state.messages, ...panes]) {
    for (const url of message.images ?? []) {
      try {
        hosts.add(new URL(url).hostname);
      } catch {
        hosts.add(url.slice(0, 60));
      }
    }
  }
  return [...hosts];
}

/** "a.example", "a.example and b.example", "a.example, b.example and 3 more". */
export function describeHosts(hosts: readonly string[]): string {
  if (hosts.length <= 2) return hosts.join(' and ');
  const shown = hosts.slice(0, 2).join(', ');
  const more = hosts.length - 2;
  return `${shown} and ${more} more`;
}

export function remoteImagesQuestion(hosts: readonly string[]): string {
  return `This link shows images from ${describeHosts(hosts)} — load them?`;
}

/** The same state with every image URL removed (the text of each turn stays). */
export function withoutImages(state: ShareState): ShareState {
  const strip = (messages: ShareState['messages']) =>
    messages.map(({ images: _dropped, ...message }) => message);
  return {
    ...state,
    messages: strip(state.messages),
    ...(state.compare
      ? {
          compare: {
            ...state.compare,
            panes: state.compare.panes.map((pane) =>
              pane.messages ? { ...pane, messages: strip(pane.messages) } : pane,
            ),
          },
        }
      : {}),
  };
}
