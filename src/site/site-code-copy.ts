/**
 * <site-code-copy>: a Copy button on every highlighted code block of the page. Added by script, since
 * without JavaScript the button could not work anyway.
 */
import { copyText } from './clipboard';

const SHOW_RESULT_MS = 1600;

function addCopyButton(pre: HTMLPreElement): void {
  const wrapper = document.createElement('div');
  wrapper.className = 'code-block';
  pre.replaceWith(wrapper);
  wrapper.append(pre);
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
  wrapper.append(button);
}

class SiteCodeCopy extends HTMLElement {
  connectedCallback(): void {
    for (const pre of document.querySelectorAll<HTMLPreElement>('pre.astro-code')) {
      if (!pre.parentElement?.classList.contains('code-block')) addCopyButton(pre);
    }
  }
}

customElements.define('site-code-copy', SiteCodeCopy);
