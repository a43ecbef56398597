'use client';

import { Component, type ReactNode } from 'react';
import { Button } from './button';
import { Notice } from './notice';

/**
 * Around a part of the page that loads on demand (Compare, Speech mode, a conversation's turns, a
 * dialog): if its code cannot be fetched — offline, or a new deployment replaced the old files —
 * this says so in place and offers Reload, instead of the whole page failing. The playground saves
 * its state as it goes, so reloading keeps the prompt, the conversation and the settings.
 */
export class LoadBoundary extends Component<{ what: string; children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Notice
        tone="error"
        compact
        className="m-3"
        action={
          <Button size="xs" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      >
        {this.props.what} could not be loaded ({error.message || 'network error'}). Reload the page to try
        again; your prompt and settings are kept.
      </Notice>
    );
  }
}
