import { catalogue } from './catalogue.ts';

/** The team view page around its element: title, the words written into the page on the server. */
export const teamPageMessages = catalogue(
  {
    title: 'Team view',
    description:
      "A facilitator's private view of a team session's answers: aggregates only, once enough people have answered.",
    noScript:
      'The team view needs JavaScript: it reads the session from its link and asks the collector for the summary.',
    private:
      'Keep this link private, and bookmark it to come back: anyone who has it can see this summary, close the session and delete it. The summary shows only totals and averages, never one person’s answers.',
    actions: 'Session',
    refresh: 'Refresh now',
    print: 'Print one-page summary',
    download: 'Download summary (CSV)',
    close: 'Close session',
    rotate: 'New facilitator link',
    delete: 'Delete session and its responses',
    newLink: 'New facilitator link',
    copyLink: 'Copy link',
    newLinkNote:
      'The old link no longer works. Keep this one private, and bookmark it in place of the old one (the address bar now shows it).',
    cancel: 'Cancel',
  },
  {
    es: {
      title: 'Vista del equipo',
      description:
        'La vista privada de quien facilita una sesión de equipo: solo las respuestas combinadas del grupo, cuando han respondido suficientes personas.',
      noScript: 'La vista del equipo necesita JavaScript: lee la sesión en su enlace y pide el resumen al recolector.',
      private:
        'Mantenga este enlace en privado y guárdelo en sus marcadores para volver: cualquier persona que lo tenga puede ver este resumen, cerrar la sesión y eliminarla. El resumen muestra solo totales y promedios, nunca las respuestas de una persona.',
      actions: 'Sesión',
      refresh: 'Actualizar ahora',
      print: 'Imprimir el resumen en una página',
      download: 'Descargar el resumen (CSV)',
      close: 'Cerrar la sesión',
      rotate: 'Nuevo enlace para quien facilita',
      delete: 'Eliminar la sesión y sus respuestas',
      newLink: 'Nuevo enlace para quien facilita',
      copyLink: 'Copiar el enlace',
      newLinkNote:
        'El enlace anterior ya no funciona. Mantenga este en privado y guárdelo en sus marcadores en lugar del anterior (la barra de direcciones ya lo muestra).',
      cancel: 'Cancelar',
    },
  },
);

/**
 * What the team view's element says, filled in the browser: the page hands these, in its own language, to the
 * element, so the browser loads no catalogue. Marked pure so a bundle that imports only the type leaves it out.
 */
export const teamMessages = /* @__PURE__ */ catalogue(
  {
    /** The words that flag a construct or statement members answer differently: text, never colour alone. */
    disagreeFlag: 'Members see this differently',
    closeViews: 'Views are close',
    loading: 'Loading the summary…',
    unauthorised: 'This facilitator link is not valid any more (it may have been replaced or the session deleted).',
    noCollector:
      'This copy of the site sends responses to no Cultivate collector, so it has no team sessions to show. Open the facilitator link on the site that the session was made on.',
    /** `{month}` is one of `months`, by the month's number. */
    updated: 'Updated at {time} on {day} {month} {year}.',
    months: 'January February March April May June July August September October November December',
    noLink:
      'This page shows a team session to its facilitator, and needs the facilitator link you were given: it ends in #session=…&token=…. Open that link.',
    copyAgain: 'Copy the whole link again from where you saved it.',
    noSession: 'The link has no session code (session=…). {again}',
    badSession: 'The session code in the link is incomplete or changed: it is 22 letters, digits, - or _. {again}',
    noToken: 'The link has no facilitator token (token=…). {again}',
    badToken: 'The facilitator token in the link is incomplete or changed: it is 43 letters, digits, - or _. {again}',
    responsesOne: '{count} response so far.',
    responsesOther: '{count} responses so far.',
    community: 'Community',
    instrument: 'Instrument',
    instrumentVersion: '{title} (version {version})',
    session: 'Session',
    sessionOpen: 'Open: members can still answer',
    sessionClosed: 'Closed: no more answers are accepted',
    databaseDown: 'The collector cannot reach its database just now; trying again shortly.',
    databaseDownBecause: 'The collector cannot reach its database just now ({reason}); trying again shortly.',
    httpError: 'The collector answered with an error (HTTP {status}).',
    unreachable: 'Could not reach the collector; trying again shortly.',
    unreachableShowing: 'Could not reach the collector; showing the summary from {time}. Trying again shortly.',
    closed: 'The session is closed: no more answers are accepted. The summary stays until you delete it.',
    closedAt: 'The session is closed (at {time}): no more answers are accepted. The summary stays until you delete it.',
    deletedOne: 'Deleted the session and its {count} response. Nothing of it is kept on the collector.',
    deletedOther: 'Deleted the session and its {count} responses. Nothing of it is kept on the collector.',
    reverseWorded: '{text} (reverse-worded)',
    waiting: 'The summary appears when at least {min} people have answered ({count} so far).',
    constructsHeading: 'How members see each construct',
    chartNote:
      'Each dot shows how many members’ scores fall at that point of the 1–5 scale (larger dots, more members); the line marks the mean. A spread of dots is disagreement a mean alone would hide.',
    constructsCaption: 'Construct scores (1–5): mean, SD, members scored (n), and whether they see it alike',
    constructsCaptionFlaggedOne:
      'Construct scores (1–5): mean, SD, members scored (n), and whether they see it alike; {count} construct flagged',
    constructsCaptionFlaggedOther:
      'Construct scores (1–5): mean, SD, members scored (n), and whether they see it alike; {count} constructs flagged',
    construct: 'Construct',
    mean: 'Mean',
    sd: 'SD',
    n: 'n',
    agreement: 'Agreement',
    stageHeading: 'The group’s stage',
    stageClear: 'The answers point to the {stage} stage.',
    stageLeaning: 'The answers lean, tentatively, towards the {stage} stage.',
    stageUnclear: 'The stage is unclear from these answers.',
    stageUnclearClosest: 'The stage is unclear from these answers; the closest: {stages}.',
    stageTentative: 'Tentative: the answers come closest to {stages}.',
    noOneStage: 'no one stage',
    /** Between the stages an estimate names. */
    or: ' or ',
    stageCaption: 'Mean agreement with each stage’s descriptions (1–5), and members with a mean',
    stage: 'Stage',
    supportHeading: 'Support that tends to fit',
    supportHeadingFor: 'Support that tends to fit {stage}',
    avoidHeading: 'What to avoid',
    conditionsHeading: 'Conditions in the organization that matter most now',
    condition: '{name}: {why}',
    readinessNote:
      'The organizational readiness survey shows how these conditions stand; running it with the same community shows where the organization helps this stage and where it pulls against it.',
    agreedHeading: 'Agreed with most and least',
    agreedNote: 'Mean agreement on the 1–5 scale, with reverse-worded statements turned around.',
    agreedMost: 'Agreed with most',
    agreedLeast: 'Agreed with least',
    agreedItem: '{text} (mean {mean})',
    agreedReversed: '{text} (reverse-worded, turned around: mean {mean})',
    promptsHeading: 'Questions to talk through',
    promptsNote: 'First where members see things differently, then where the group is weakest.',
    prompt: '{name}: {prompt}',
    stagePrompt: 'The stage: {prompt}',
    morePromptsOne: 'And {count} more question, in the team view.',
    morePromptsOther: 'And {count} more questions, in the team view.',
    statementsHeading: 'Answers to each statement',
    statementsNoteOne:
      'How many members chose each answer. Members answer {count} statement of {total} differently, marked “{flag}”.',
    statementsNoteOther:
      'How many members chose each answer. Members answer {count} statements of {total} differently, marked “{flag}”.',
    statementsCaption: 'Answers to the statements on {construct}',
    theStages: 'the stages',
    statement: 'Statement',
    flaggedHeading: 'Statements members answer differently',
    flaggedLegend: 'The numbers: how many chose {choices}.',
    moreStatementsOne: 'And {count} more statement, in the team view.',
    moreStatementsOther: 'And {count} more statements, in the team view.',
    noChange: 'Could not reach the collector, so nothing was changed. Try again in a moment.',
    closeTitle: 'Close the session?',
    closeText:
      'Members will no longer be able to answer through the session’s link. The summary of the answers so far stays here.',
    closeYes: 'Close the session',
    rotateTitle: 'Make a new facilitator link?',
    rotateText:
      'The link you are using now will stop working, for you and for anyone you shared it with. Respondents’ link is not affected.',
    rotateYes: 'Make a new link',
    unusableToken: 'The collector answered with a token this page cannot use; try again.',
    rotated: 'Made a new facilitator link, shown below; the old one no longer works.',
    copied: 'Copied the new link.',
    copyRefused: 'Could not copy here: the link is selected, copy it with Ctrl+C or ⌘C.',
    deleteTitle: 'Delete the session and its responses?',
    deleteText:
      'Every response to this session is deleted from the collector, with the session itself. This cannot be undone; download the summary first if you want to keep it.',
    deleteYes: 'Delete for good',
  },
  {
    es: {
      disagreeFlag: 'Los miembros lo ven de forma distinta',
      closeViews: 'Opiniones parecidas',
      loading: 'Cargando el resumen…',
      unauthorised:
        'Este enlace para quien facilita ya no es válido (puede que se haya reemplazado o que la sesión se haya eliminado).',
      noCollector:
        'Esta copia del sitio no envía las respuestas a ningún recolector de Cultivate, así que no tiene sesiones de equipo que mostrar. Abra el enlace para quien facilita en el sitio donde se creó la sesión.',
      updated: 'Actualizado a las {time} del {day} de {month} de {year}.',
      months: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
      noLink:
        'Esta página muestra una sesión de equipo a quien la facilita, y necesita el enlace para quien facilita que usted recibió: termina en #session=…&token=…. Abra ese enlace.',
      copyAgain: 'Vuelva a copiar el enlace completo desde donde lo guardó.',
      noSession: 'Al enlace le falta el código de la sesión (session=…). {again}',
      badSession:
        'El código de la sesión del enlace está incompleto o cambiado: tiene 22 letras, dígitos, - o _. {again}',
      noToken: 'Al enlace le falta la clave de quien facilita (token=…). {again}',
      badToken:
        'La clave de quien facilita del enlace está incompleta o cambiada: tiene 43 letras, dígitos, - o _. {again}',
      responsesOne: '{count} respuesta hasta ahora.',
      responsesOther: '{count} respuestas hasta ahora.',
      community: 'Comunidad',
      instrument: 'Instrumento',
      instrumentVersion: '{title} (versión {version})',
      session: 'Sesión',
      sessionOpen: 'Abierta: los miembros todavía pueden responder',
      sessionClosed: 'Cerrada: ya no se aceptan respuestas',
      databaseDown:
        'En este momento el recolector no puede comunicarse con su base de datos; se volverá a intentar en breve.',
      databaseDownBecause:
        'En este momento el recolector no puede comunicarse con su base de datos ({reason}); se volverá a intentar en breve.',
      httpError: 'El recolector respondió con un error (HTTP {status}).',
      unreachable: 'No se pudo contactar con el recolector; se volverá a intentar en breve.',
      unreachableShowing:
        'No se pudo contactar con el recolector; se muestra el resumen de las {time}. Se volverá a intentar en breve.',
      closed: 'La sesión está cerrada: ya no se aceptan respuestas. El resumen se conserva hasta que usted lo elimine.',
      closedAt:
        'La sesión está cerrada (desde las {time}): ya no se aceptan respuestas. El resumen se conserva hasta que usted lo elimine.',
      deletedOne: 'Se eliminaron la sesión y {count} respuesta dada en ella. No queda nada de ellas en el recolector.',
      deletedOther:
        'Se eliminaron la sesión y las {count} respuestas dadas en ella. No queda nada de ellas en el recolector.',
      reverseWorded: '{text} (redactado a la inversa)',
      waiting: 'El resumen aparece cuando hayan respondido al menos {min} personas (hasta ahora, {count}).',
      constructsHeading: 'Cómo ven los miembros cada constructo',
      chartNote:
        'Cada punto muestra cuántos puntajes de los miembros caen en ese lugar de la escala de 1 a 5 (puntos más grandes, más miembros); la línea marca la media. Unos puntos dispersos son un desacuerdo que la media sola ocultaría.',
      constructsCaption:
        'Puntajes por constructo (1–5): media, DE, miembros con puntaje (n) y si lo ven de forma parecida',
      constructsCaptionFlaggedOne:
        'Puntajes por constructo (1–5): media, DE, miembros con puntaje (n) y si lo ven de forma parecida; {count} constructo señalado',
      constructsCaptionFlaggedOther:
        'Puntajes por constructo (1–5): media, DE, miembros con puntaje (n) y si lo ven de forma parecida; {count} constructos señalados',
      construct: 'Constructo',
      mean: 'Media',
      sd: 'DE',
      n: 'n',
      agreement: 'Acuerdo',
      stageHeading: 'La etapa del grupo',
      stageClear: 'Las respuestas señalan la etapa {stage}.',
      stageLeaning: 'Las respuestas se inclinan, de forma provisional, hacia la etapa {stage}.',
      stageUnclear: 'Con estas respuestas, la etapa no está clara.',
      stageUnclearClosest: 'Con estas respuestas, la etapa no está clara; la más cercana: {stages}.',
      stageTentative: 'Provisional: las respuestas se acercan más a {stages}.',
      noOneStage: 'ninguna etapa en particular',
      or: ' o ',
      stageCaption: 'Acuerdo medio con las descripciones de cada etapa (1–5), y miembros con una media',
      stage: 'Etapa',
      supportHeading: 'El apoyo que suele encajar',
      supportHeadingFor: 'El apoyo que suele encajar con {stage}',
      avoidHeading: 'Qué evitar',
      conditionsHeading: 'Las condiciones de la organización que más importan ahora',
      condition: '{name}: {why}',
      readinessNote:
        'La encuesta de preparación de la organización muestra cómo están estas condiciones; aplicarla en la misma comunidad muestra dónde la organización ayuda a esta etapa y dónde la frena.',
      agreedHeading: 'Con qué están más y menos de acuerdo',
      agreedNote: 'Acuerdo medio en la escala de 1 a 5, con los enunciados redactados a la inversa dados la vuelta.',
      agreedMost: 'Más de acuerdo',
      agreedLeast: 'Menos de acuerdo',
      agreedItem: '{text} (media {mean})',
      agreedReversed: '{text} (redactado a la inversa, dado la vuelta: media {mean})',
      promptsHeading: 'Preguntas para conversar',
      promptsNote: 'Primero donde los miembros ven las cosas de forma distinta, luego donde el grupo es más débil.',
      prompt: '{name}: {prompt}',
      stagePrompt: 'La etapa: {prompt}',
      morePromptsOne: 'Y {count} pregunta más, en la vista del equipo.',
      morePromptsOther: 'Y {count} preguntas más, en la vista del equipo.',
      statementsHeading: 'Respuestas a cada enunciado',
      statementsNoteOne:
        'Cuántos miembros eligieron cada respuesta. Los miembros responden de forma distinta a {count} enunciado de {total}, marcado con “{flag}”.',
      statementsNoteOther:
        'Cuántos miembros eligieron cada respuesta. Los miembros responden de forma distinta a {count} enunciados de {total}, marcados con “{flag}”.',
      statementsCaption: 'Respuestas a los enunciados sobre {construct}',
      theStages: 'las etapas',
      statement: 'Enunciado',
      flaggedHeading: 'Enunciados a los que los miembros responden de forma distinta',
      flaggedLegend: 'Los números: cuántos eligieron {choices}.',
      moreStatementsOne: 'Y {count} enunciado más, en la vista del equipo.',
      moreStatementsOther: 'Y {count} enunciados más, en la vista del equipo.',
      noChange: 'No se pudo contactar con el recolector, así que no se cambió nada. Inténtelo de nuevo en un momento.',
      closeTitle: '¿Cerrar la sesión?',
      closeText:
        'Los miembros ya no podrán responder con el enlace de la sesión. El resumen de las respuestas recibidas hasta ahora se queda aquí.',
      closeYes: 'Cerrar la sesión',
      rotateTitle: '¿Crear un nuevo enlace para quien facilita?',
      rotateText:
        'El enlace que usa ahora dejará de funcionar, para usted y para cualquier persona con quien lo haya compartido. El enlace de las personas que responden no cambia.',
      rotateYes: 'Crear un nuevo enlace',
      unusableToken: 'El recolector respondió con una clave que esta página no puede usar; inténtelo de nuevo.',
      rotated: 'Se creó un nuevo enlace para quien facilita, que se muestra abajo; el anterior ya no funciona.',
      copied: 'Se copió el nuevo enlace.',
      copyRefused: 'No se pudo copiar aquí: el enlace está seleccionado; cópielo con Ctrl+C o ⌘C.',
      deleteTitle: '¿Eliminar la sesión y sus respuestas?',
      deleteText:
        'Todas las respuestas de esta sesión se eliminan del recolector, junto con la sesión. No se puede deshacer; si quiere conservar el resumen, descárguelo antes.',
      deleteYes: 'Eliminar para siempre',
    },
  },
);

export type TeamMessages = (typeof teamMessages)['en'];
