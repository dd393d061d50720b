import type { ReactiveControllerHost } from 'lit';
import { buildFediverseUrl, type ShareData } from './share-urls.js';

/**
 * The form for the reader's own Fediverse server: on submit, opens the share
 * page of the server typed, or marks the field invalid and keeps the focus
 * in it; typing again clears the mark. It has no lifecycle to follow, so it
 * only asks its host to update.
 */
export class FediverseFormController {
  /** The server typed is not one. */
  invalid = false;

  /** `data` gives what is shared now; `onOpened` hears of each share page opened. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly data: () => ShareData | undefined,
    private readonly onOpened: (data: ShareData) => void,
  ) {}

  readonly handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('server') as HTMLInputElement;
    const data = this.data();
    const url = data && buildFediverseUrl(input.value, data);
    this.setInvalid(!url);
    if (!url || !data) {
      input.focus();
      return;
    }
    window.open(url, '_blank', 'noopener,noreferrer');
    this.onOpened(data);
  };

  readonly handleInput = (): void => this.setInvalid(false);

  private setInvalid(invalid: boolean): void {
    if (invalid === this.invalid) return;
    this.invalid = invalid;
    this.host.requestUpdate();
  }
}
