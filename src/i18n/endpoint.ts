import { TEST_REPLY_WORDS } from '../instruments/test-reply.ts';
import { catalogue } from './catalogue.ts';

/**
 * The notice at the top of every researchers' page: where this build sends responses, and the test response.
 * Messages with `code` marks go through inlineHtml (src/i18n/inline-html.ts); `{endpoint}` is the build's
 * response endpoint, `{title}` an instrument's.
 */
export const endpointMessages = catalogue(
  {
    heading: 'Where this build sends responses',
    nothingCollected: 'This build keeps responses on the respondent’s device: nothing is collected.',
    beforeLinks: 'Before you send links to anyone:',
    beforeLinksAdvice:
      'build the site with an endpoint (the setting `PUBLIC_RESPONSE_ENDPOINT`), or plan for each respondent to download their answers and send you the file.',
    sendsTo: 'This build sends completed responses to `{endpoint}`.',
    sendsToOwnServer: 'This build sends completed responses to `{endpoint}` (a path on this site’s own server).',
    instrumentSendsTo: '{title}: sends completed responses to `{endpoint}`.',
    instrumentSendsToOwnServer:
      '{title}: sends completed responses to `{endpoint}` (a path on this site’s own server).',
    instrumentKeeps: '{title}: keeps responses on the respondent’s device: nothing is collected.',
    testIntro:
      'Check it works before you send links: a test response answers every question with the middle answer and is sent the way a respondent’s would be. It carries `{marker}`, so you can find it and leave it out of your analysis.',
    instrument: 'Instrument',
    send: 'Send a test response',
    needsJavaScript: 'Sending a test response needs JavaScript.',
  },
  {
    es: {
      heading: 'A dónde envía las respuestas esta versión del sitio',
      nothingCollected:
        'Esta versión del sitio guarda las respuestas en el dispositivo de cada persona: no se recoge nada.',
      beforeLinks: 'Antes de enviar ningún enlace:',
      beforeLinksAdvice:
        'construya el sitio con un punto de recepción (el ajuste `PUBLIC_RESPONSE_ENDPOINT`), o prevea que cada persona descargue sus respuestas y le envíe el archivo.',
      sendsTo: 'Esta versión del sitio envía las respuestas completas a `{endpoint}`.',
      sendsToOwnServer:
        'Esta versión del sitio envía las respuestas completas a `{endpoint}` (una ruta en el propio servidor de este sitio).',
      instrumentSendsTo: '{title}: envía las respuestas completas a `{endpoint}`.',
      instrumentSendsToOwnServer:
        '{title}: envía las respuestas completas a `{endpoint}` (una ruta en el propio servidor de este sitio).',
      instrumentKeeps: '{title}: guarda las respuestas en el dispositivo de cada persona; no se recoge nada.',
      testIntro:
        'Compruebe que funciona antes de enviar enlaces: una respuesta de prueba contesta cada pregunta con la opción del medio y se envía igual que la de una persona que responde. Lleva `{marker}`, para que pueda encontrarla y dejarla fuera de su análisis.',
      instrument: 'Instrumento',
      send: 'Enviar una respuesta de prueba',
      needsJavaScript: 'Para enviar una respuesta de prueba se necesita JavaScript.',
    },
  },
);

/**
 * What the test response's script says, filled in the browser: the component hands these, in the page's
 * language, to the element. The outcomes' English is test-reply.ts's own.
 */
export const testScriptMessages = catalogue(
  { ...TEST_REPLY_WORDS, sending: 'Sending a test response to {title}…' },
  {
    es: {
      sending: 'Enviando una respuesta de prueba a {title}…',
      replyAccepted:
        'Aceptada. El servidor respondió {status} y confirmó que tiene la respuesta de prueba {responseId}.',
      replyUnconfirmed:
        'Sin confirmar. El servidor respondió {status}, pero su respuesta no incluía el identificador de la respuesta, así que las páginas de la encuesta seguirían intentando enviar cada respuesta. El punto de recepción debe responder con {"responseId": "…"}.',
      replyRefused: 'Rechazada. El servidor respondió {status}. Su mensaje: “{message}”',
      replyRefusedSilently: 'Rechazada. El servidor respondió {status}. No dio ningún mensaje.',
      replyTimedOut: 'Sin respuesta. El servidor no respondió en 20 segundos.',
      replyUnreachable:
        'Sin respuesta. El navegador no pudo llegar al punto de recepción: revise la dirección, que el servidor esté en marcha y que acepte envíos desde este sitio (CORS).',
    },
  },
);

export type TestScriptMessages = (typeof testScriptMessages)['en'];
