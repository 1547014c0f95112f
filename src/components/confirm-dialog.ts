import { part } from './dom.ts';

/** What a confirmation asks: its heading, what going ahead does, and the words on the button that does it. */
export interface Question {
  title: string;
  text: string;
  yes: string;
}

/**
 * Asks in a native modal dialog whether to go ahead. Cancel has the focus, so Enter alone changes nothing; the
 * dialog's markup names its parts `data-confirm-title`, `-text`, `-yes` and `-no`.
 */
export function confirmInDialog(dialog: HTMLDialogElement, { title, text, yes }: Question): Promise<boolean> {
  part(dialog, 'confirm-title').textContent = title;
  part(dialog, 'confirm-text').textContent = text;
  const go = part<HTMLButtonElement>(dialog, 'confirm-yes');
  const cancel = part<HTMLButtonElement>(dialog, 'confirm-no');
  go.textContent = yes;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    const onGo = () => dialog.close('yes');
    const onCancel = () => dialog.close('');
    go.addEventListener('click', onGo);
    cancel.addEventListener('click', onCancel);
    dialog.addEventListener(
      'close',
      () => {
        go.removeEventListener('click', onGo);
        cancel.removeEventListener('click', onCancel);
        resolve(dialog.returnValue === 'yes');
      },
      { once: true },
    );
    dialog.showModal();
    cancel.focus();
  });
}
