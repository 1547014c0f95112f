import { catalogue } from './catalogue.ts';

/** The framework overview, the construct pages and the diagrams of elements and stages, around the model's texts. */
export const frameworkMessages = catalogue(
  {
    title: 'The framework',
    description:
      'The framework at a glance: the elements of a community of practice, the constructs the instruments measure, and the five stages of development.',
    lead: 'One model describes what a community of practice is, how it develops, and the organization around it. The essays explain it; the instruments, their codebooks and their scoring are generated from it.',
    elements: 'Elements',
    wheatleyHeading: 'What lets a community organise itself',
    wheatleyText:
      'Margaret Wheatley names three conditions a living system needs to organise itself: a clear identity, information that flows, and relationships. Each one is carried by an element of a community of practice.',
    carriedBy: 'Carried by:',
    constructs: 'Constructs',
    constructsText:
      'Each construct is something an instrument measures with several statements. Open one to read its definition, its statements and the essays that discuss it.',
    measuredBy: 'Measured by: {instruments}',
    notMeasured: 'Not measured by a current survey.',
    stagesHeading: 'Stages of development',
    stagesText:
      'Five stages, after Wenger, McDermott and Snyder (2002). Communities do not always move through them in order, and ending well is a legitimate outcome. Support that fits one stage can smother another.',
    // ElementsDiagram
    diagramTitle: 'The elements of a community of practice',
    diagramDescription:
      'Three overlapping circles, {domain}, {community} and {practice}, meet in the middle where the community of practice lives. An arrow leads outward for {agency}. All of it sits inside a frame labelled {organization}.',
    diagramCentre: 'CoP',
    diagramCaption:
      'A community of practice lives where a shared domain, a community and a shared practice meet. As it matures it reaches outward, and all of it sits inside an organization that helps or hinders it.',
    // StagesDiagram
    stagesLabel: 'The five stages of development',
    signs: 'Signs',
    support: 'Support that fits',
    // A construct's page
    breadcrumb: 'Breadcrumb',
    framework: 'Framework',
    constructId: 'Construct id:',
    element: 'Element: {element}',
    prompts: 'Questions to talk through',
    firstMoves: 'First moves',
    firstMovesText: 'Small steps to try when this is among the weakest conditions for your groups.',
    measuredHeading: 'Which surveys measure it',
    versions: 'version {versions}',
    currentVersion: '{version} (current)',
    earlierVersion: '{version} (earlier)',
    notMeasuredYet: 'No survey measures it yet.',
    statementsIn: 'Statements in the {instrument}',
    statementsText:
      'Each is answered on a five-point agreement scale. Some also offer other answers, which are never scored. Reverse-keyed statements are flipped before averaging, so a higher score always means more of the construct.',
    variable: 'Variable',
    statement: 'Statement',
    keying: 'Keying',
    otherAnswers: 'Other answers:',
    reverse: 'Reverse',
    direct: 'Direct',
    instruments: 'Instruments',
    codebook: 'Codebook (CSV)',
    printable: 'Printable version',
    essaysHeading: 'Essays that discuss it',
    noEssay: 'No essay discusses this construct yet.',
  },
  {
    es: {
      title: 'El marco',
      description:
        'El marco de un vistazo: los elementos de una comunidad de práctica, los constructos que miden los instrumentos y las cinco etapas de desarrollo.',
      lead: 'Un solo modelo describe qué es una comunidad de práctica, cómo se desarrolla y cómo es la organización que la rodea. Los ensayos lo explican; los instrumentos, sus libros de códigos y el cálculo de sus puntajes se generan a partir de él.',
      elements: 'Elementos',
      wheatleyHeading: 'Qué permite que una comunidad se organice sola',
      wheatleyText:
        'Margaret Wheatley señala tres condiciones que un sistema vivo necesita para organizarse por sí mismo: una identidad clara, información que circula y relaciones. Cada una depende de un elemento de la comunidad de práctica.',
      carriedBy: 'Depende de:',
      constructs: 'Constructos',
      constructsText:
        'Cada constructo es algo que un instrumento mide con varias afirmaciones. Abra uno para leer su definición, sus afirmaciones y los ensayos que lo tratan.',
      measuredBy: 'Lo miden: {instruments}',
      notMeasured: 'Ninguna encuesta actual lo mide.',
      stagesHeading: 'Etapas de desarrollo',
      stagesText:
        'Cinco etapas, según Wenger, McDermott y Snyder (2002). Las comunidades no siempre las recorren en orden, y cerrar bien es un desenlace legítimo. El apoyo que conviene en una etapa puede asfixiar a una comunidad en otra.',
      diagramTitle: 'Los elementos de una comunidad de práctica',
      diagramDescription:
        'Tres círculos superpuestos, {domain}, {community} y {practice}, se juntan en el centro, donde vive la comunidad de práctica. Una flecha apunta hacia fuera: {agency}. Todo está dentro de un marco rotulado {organization}.',
      diagramCentre: 'CdP',
      diagramCaption:
        'Una comunidad de práctica vive donde se juntan un dominio compartido, una comunidad y una práctica compartida. A medida que madura se abre hacia fuera, y todo ello está dentro de una organización que la ayuda o la frena.',
      stagesLabel: 'Las cinco etapas de desarrollo',
      signs: 'Señales',
      support: 'El apoyo que conviene',
      breadcrumb: 'Ruta de navegación',
      framework: 'Marco',
      constructId: 'Identificador del constructo:',
      element: 'Elemento: {element}',
      prompts: 'Preguntas para conversar',
      firstMoves: 'Primeros pasos',
      firstMovesText: 'Pasos pequeños para probar cuando esta es una de las condiciones más débiles en sus grupos.',
      measuredHeading: 'Qué encuestas lo miden',
      versions: 'versión {versions}',
      currentVersion: '{version} (actual)',
      earlierVersion: '{version} (anterior)',
      notMeasuredYet: 'Todavía ninguna encuesta lo mide.',
      statementsIn: 'Afirmaciones de la {instrument}',
      statementsText:
        'Cada una se responde en una escala de acuerdo de cinco puntos. Algunas ofrecen también otras respuestas, que nunca se puntúan. Las afirmaciones de sentido inverso se invierten antes de promediar, de modo que un puntaje más alto siempre significa más del constructo.',
      variable: 'Variable',
      statement: 'Afirmación',
      keying: 'Sentido',
      otherAnswers: 'Otras respuestas:',
      reverse: 'Inverso',
      direct: 'Directo',
      instruments: 'Instrumentos',
      codebook: 'Libro de códigos (CSV)',
      printable: 'Versión imprimible',
      essaysHeading: 'Ensayos que lo tratan',
      noEssay: 'Todavía ningún ensayo trata este constructo.',
    },
  },
);
