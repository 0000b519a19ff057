/**
 * Every story of the phase elements, rendered and played here as Storybook would, then checked
 * with axe: the states the stories document are real and accessible.
 */
import { render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectAccessible } from '../testing/expectAccessible.ts';
import * as checkin from '../ontdek-doe-checkin/ontdek-doe-checkin.stories.ts';
import * as followUpStart from '../followUp/ontdek-doe-followup-start.stories.ts';
import * as goals from '../ontdek-doe-goals/ontdek-doe-goals.stories.ts';
import * as matters from '../ontdek-doe-matters/ontdek-doe-matters.stories.ts';
import * as summary from '../ontdek-doe-summary/ontdek-doe-summary.stories.ts';
import '../testing/gameHarness.ts';

interface StoryModule {
  default: { component: string; args: object; render: (args: never) => TemplateResult };
  [name: string]: unknown;
}
interface Story {
  args?: object;
  play?: (context: { canvasElement: HTMLElement }) => Promise<unknown> | unknown;
}

const containers: HTMLElement[] = [];
afterEach(() => {
  while (containers.length) containers.pop()?.remove();
  vi.restoreAllMocks();
});

/** What some stories must show, so a play function that stops working is noticed. */
const SHOWS: Record<string, (root: ShadowRoot) => void> = {
  'matters/LimitReached': (root) => expect(root.querySelectorAll('input:checked')).toHaveLength(4),
  'matters/Refused': (root) => expect(root.querySelector('#limit')?.textContent).toContain('hoogstens 3'),
  'goals/StepConfidence': (root) =>
    expect(root.querySelectorAll('input[name="confidence"]')).toHaveLength(10),
  'goals/LowConfidence': (root) => expect(root.querySelector('.smaller')).not.toBeNull(),
  'goals/Refused': (root) =>
    expect(root.querySelector('#error-confidence')?.textContent?.trim()).not.toBe(''),
  'goals/Missing': (root) => expect(root.querySelector('#error-goal')?.textContent?.trim()).not.toBe(''),
  'goals/ConfirmRemove': (root) => expect(root.querySelector('button.keep')).not.toBeNull(),
  'goals/LimitReached': (root) => expect(root.querySelectorAll('[part="goal"]')).toHaveLength(3),
  'summary/FollowUpCelebration': (root) => expect(root.querySelector('[part="badge"]')).not.toBeNull(),
  'summary/SharedDeviceAsks': (root) =>
    expect(root.querySelector('.confirm-finish')?.textContent).toContain('Ann, Bo, Chris'),
  'checkin/Celebration': (root) => expect(root.querySelector('[part="badge"]')).not.toBeNull(),
  'checkin/Refused': (root) => expect(root.querySelector('#error-status')?.textContent?.trim()).not.toBe(''),
  'checkin/ChosePartly': (root) => expect(root.querySelector('#obstacles')).not.toBeNull(),
  'followUpStart/TwoSummaries': (root) => expect(root.querySelectorAll('.chosen li')).toHaveLength(2),
  'followUpStart/BadFiles': (root) => expect(root.querySelectorAll('.problems li')).toHaveLength(2),
  'followUpStart/NothingChosen': (root) =>
    expect(root.querySelector('#start-error')?.textContent?.trim()).not.toBe(''),
};

const modules = { matters, goals, summary, checkin, followUpStart } as unknown as Record<string, StoryModule>;

for (const [name, module] of Object.entries(modules)) {
  describe(`stories of ${module.default.component}`, () => {
    const stories = Object.entries(module).filter(([key]) => key !== 'default') as [string, Story][];
    it('has several', () => expect(stories.length).toBeGreaterThanOrEqual(5));
    for (const [storyName, story] of stories)
      it(`${name}/${storyName} renders, plays and is accessible`, async () => {
        const canvas = document.createElement('div');
        containers.push(canvas);
        document.body.append(canvas);
        render(module.default.render({ ...module.default.args, ...story.args } as never), canvas);
        const element = canvas.querySelector(module.default.component) as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        await element.updateComplete;
        await story.play?.({ canvasElement: canvas });
        await new Promise((resolve) => setTimeout(resolve));
        await element.updateComplete;
        expect(element.shadowRoot?.querySelector('[data-heading]')).not.toBeNull();
        SHOWS[`${name}/${storyName}`]?.(element.shadowRoot!);
        await expectAccessible(element);
      });
  });
}
