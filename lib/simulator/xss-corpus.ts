/**
 * `[sim:xss]`: an answer made of hostile output, the kind a jailbroken or prompt-injected model can
 * produce. A safe renderer shows all of it as text or harmless markup; none of it may execute.
 * Each payload that runs would set `window.__xss` or open a dialog.
 */
export const XSS_CORPUS = [
  '# Rendering check',
  '<script>window.__xss = "script tag"; alert(1)</script>',
  '<img src=x onerror="window.__xss = \'img onerror\'; alert(2)">',
  '<svg onload="window.__xss = \'svg onload\'"><circle r="5"/></svg>',
  '<iframe src="javascript:window.parent.__xss = \'iframe\'"></iframe>',
  '[click me](javascript:window.__xss=%27link%27)',
  '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vbscript](vbscript:msgbox(1))',
  '<a href="javascript:window.__xss=\'anchor\'">raw anchor</a>',
  '![image](javascript:window.__xss=%27image%27)',
  '<div onmouseover="window.__xss = \'hover\'">hover me</div>',
  '<style>body { display: none }</style>',
  '<form action="javascript:window.__xss=\'form\'"><button>submit</button></form>',
  '```html\n<script>window.__xss = "in code block"</script>\n```',
  'Plain text after the payloads: **still rendered**.',
].join('\n\n');
