/**
 * <site-code-copy>: a Copy button on every highlighted code block of the page. Added by script, since
 * without JavaScript the button could not work anyway.
 *
 * The button goes into a zero-height bar just before the block, and the room it needs above the first
 * line is reserved by CSS from the first layout (`.js .astro-code` in global.css). Adding it therefore
 * moves nothing: wrapping the block instead (and padding it then) made the browser lay out the listing
 * again and repaint everything below it once the page had loaded, a long task on phones.
 */
import { copyText } from './clipboard';

const SHOW_RESULT_MS = 1600;

function addCopyButton(pre: HTMLPreElement): void {
  const bar = document.createElement('div');
  bar.className = 'code-copy-bar';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', 'Copy code to clipboard');
  button.addEventListener('click', async () => {
    const ok = await copyText(pre.querySelector('code')?.innerText ?? pre.innerText);
    button.textContent = ok ? 'Copied' : 'Copy failed';
    setTimeout(() => (button.textContent = 'Copy'), SHOW_RESULT_MS);
  });
  bar.append(button);
  pre.before(bar);
}

class SiteCodeCopy extends HTMLElement {
  connectedCallback(): void {
    for (const pre of document.querySelectorAll<HTMLPreElement>('pre.astro-code')) {
      if (!pre.previousElementSibling?.classList.contains('code-copy-bar')) addCopyButton(pre);
    }
  }
}

customElements.define('site-code-copy', SiteCodeCopy);
