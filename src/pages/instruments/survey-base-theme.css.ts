import type { APIRoute } from 'astro';
import { createBaseThemeStyle } from 'survey-core';

/** SurveyJS's base theme variables as a stylesheet, so the survey needs no inline <style> (see createSurvey.ts). */
export const GET: APIRoute = () =>
  new Response(createBaseThemeStyle(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
