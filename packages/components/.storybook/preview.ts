import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
// Written by `cem analyze` (the package build, or `storybook:build` before it builds).
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  decorators: [withActions],
  parameters: {
    // Every od-* event a story's element fires shows in the Actions panel.
    actions: {
      handles: [
        'od-answer',
        'od-pass',
        'od-error',
        'od-session-started',
        'od-answer-given',
        'od-goal-set',
        'od-session-finished',
        'od-deck-changed',
        'od-deck-saved',
      ],
    },
    controls: { expanded: true },
  },
};

export default preview;
