'use client';

import { useEffect, useState } from 'react';
import { Button } from './button';

/** Copies `text` to the clipboard; its accessible name is its visible label ("Copy…" → "Copied"). */
export function CopyButton({
  text,
  label = 'Copy',
  className = '',
}: {
  text: string | (() => string);
  label?: string;
  className?: string;
}) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    const value = typeof text === 'function' ? text() : text;
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Clipboard blocked (insecure context or permission): fall back to a hidden textarea.
      const area = document.createElement('textarea');
      area.value = value;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      setCopied(ok);
    }
  };

  return (
    <Button size="xs" onClick={copy} className={className}>
      {copied ? 'Copied' : label}
    </Button>
  );
}
