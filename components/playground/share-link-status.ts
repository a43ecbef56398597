/**
 * What Share does, loaded on the first Share (not with the page): builds the link (never the key,
 * never uploaded images or audio), copies it, and says what happened.
 */
import { snapshotForShare } from '@/lib/share/from-store';
import { SHARE_WARN_LENGTH, shareLinkTooLarge, shareUrl } from '@/lib/share/share-encode';
import { speechShareState, speechShareUrl } from '@/lib/share/speech-share';
import { usePlaygroundStore } from '@/lib/store/playground-store';

export interface ShareStatus {
  text: string;
  /** The link to copy by hand when the clipboard refused. */
  link?: string;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Chat mode's link: the whole playground. */
export async function shareChat(href: string): Promise<ShareStatus> {
  const store = usePlaygroundStore.getState();
  const { state, omittedImages, omittedCodeImages } = snapshotForShare(
    store,
    store.messages,
    store.dataset.values,
  );
  const link = shareUrl(href, state);
  if (shareLinkTooLarge(link, state)) {
    return {
      text: `This playground is too big to share as a link (${link.length.toLocaleString()} characters).`,
    };
  }
  const notes = [
    omittedImages > 0
      ? `${omittedImages} uploaded image${omittedImages > 1 ? 's were' : ' was'} left out (links carry only image URLs).`
      : null,
    omittedCodeImages > 0
      ? `${omittedCodeImages} large image output(s) of executed code were left out.`
      : null,
    link.length > SHARE_WARN_LENGTH
      ? `The link is ${link.length.toLocaleString()} characters long; some apps cut long links.`
      : null,
  ].filter(Boolean);
  const copied = await copyText(link);
  return {
    text: `${copied ? 'Link copied.' : 'Copy this link:'} ${notes.join(' ')}`.trim(),
    link: copied ? undefined : link,
  };
}

/** Speech mode's link: its options (and the text to speak), never the audio. */
export async function shareSpeech(href: string): Promise<ShareStatus> {
  const { stt, tts } = usePlaygroundStore.getState();
  const link = speechShareUrl(href, speechShareState(stt, tts, tts.active ? 'tts' : 'stt'));
  const copied = await copyText(link);
  const note = stt.audio ? ' Audio is not part of the link.' : '';
  return { text: `${copied ? 'Link copied.' : 'Copy this link:'}${note}`, link: copied ? undefined : link };
}
