// The SurveyJS page's one script: survey-core with its Dutch UI strings and the framework-free UI
// (survey-js-ui), the survey JSON fetched as the game fetches its deck, rendered into #survey.
import { Model } from 'survey-core';
import 'survey-core/i18n/dutch';
import { renderSurvey } from 'survey-js-ui';

const response = await fetch('survey.json');
const survey = new Model(await response.json());
const container = document.getElementById('survey');
if (container) renderSurvey(survey, container);
