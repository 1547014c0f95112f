import { SITE_LANGUAGES } from '../instruments/languages.ts';
import { versionsOf } from '../instruments/model.ts';
import { instruments, model, modelIn } from '../instruments/source-model.ts';

/*
 * The pages' `getStaticPaths`, apart from the paths themselves (paths.ts): these read the model as written, which
 * browser code that only links must not carry.
 */

/** `getStaticPaths` for a page published in every site language (under `src/pages/[...lang]/`). */
export const languageRoutes = () =>
  SITE_LANGUAGES.map((language) => ({
    params: { lang: language === 'en' ? undefined : language },
    props: { language },
  }));

/** `getStaticPaths` for an instrument's pages in every language it is offered in, each with the model in that language. */
export const instrumentPageRoutes = () =>
  languageRoutes().flatMap(({ params, props: { language } }) =>
    modelIn(language).instruments.map((instrument) => ({
      params: { ...params, id: instrument.id },
      props: { language, instrument },
    })),
  );

/** `getStaticPaths` for every language-neutral file under /instruments/[id]/ (codebooks, syntax, definitions). */
export const instrumentRoutes = () =>
  instruments.map((instrument) => ({ params: { id: instrument.id }, props: { instrument } }));

/** `getStaticPaths` for the files made for every published version of an instrument, current and archived. */
export const instrumentVersionRoutes = () =>
  instruments.flatMap((current) =>
    versionsOf(current.id, model).map((instrument) => ({
      params: { id: instrument.id, version: instrument.version },
      props: { instrument },
    })),
  );
