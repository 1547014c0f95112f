import { catalogue } from './catalogue.ts';

/**
 * The respondent's survey and end-of-survey report around the model's own texts: the start and resume
 * screens, the progress bar, the report's sections, the delivery status, the response ID and clearing the
 * device. `{link}` marks where a component puts a link whose text is another message.
 */
export const surveyMessages = catalogue(
  {
    startSurvey: 'Start the survey',
    draftsUnsaved:
      'This device will not keep your answers if you leave this page. Please finish in one sitting, or they will be lost.',

    // The progress bar
    partOf: 'Part {part} of {parts}: {title}',
    questionsAnsweredLabel: 'Questions answered',
    questionsAnswered: '{answered} of {questions} questions answered',

    // Resuming a draft
    resumeHeading: 'Continue where you left off?',
    resumeText:
      'This device has answers you started on {date}. If someone else started them, start fresh: their answers are removed from this device.',
    continueAnswers: 'Continue my answers',
    startFresh: 'Not me: start fresh',

    // The team session
    sessionChecking: 'Checking this team session with the collector…',
    sessionOpen:
      'You are answering as part of {community}’s team session; your facilitator sees only the group’s combined answers, never yours.',
    sessionClosedHeading: 'This team session is closed',
    sessionClosed:
      'This team session is closed: its facilitator is no longer collecting answers. Nothing you enter here would be counted.',
    sessionUnknownHeading: 'This team session link is not known',
    sessionUnknown: 'This session link is not known to the collector; it may have been deleted.',
    sessionOtherInstrument:
      'This session link is not known to the collector; it may have been deleted. The collector has a team session with this code for another survey, not this one: check that you opened the link exactly as it was sent.',
    sessionUnreachable:
      'The collector could not be reached to check this team session. You can still answer: your response waits on this device and is sent when the collector can be reached.',
    sessionUnsupported:
      'This link is for a team session, but this copy of the site does not send responses to a collector, so your answers will not count toward it. You can still answer for yourself.',

    // The report's frame
    yourResults: 'Your results',
    titleAndVersion: '{title}, version {version}',
    reportNote:
      'These results show how you see things today. They are not grades or judgements. They work best as a start for a talk with others in your community.',
    printSummary: 'Print a one-page summary',
    downloadJson: 'Download my answers and scores (JSON)',
    downloadCsv: 'Download my answers and scores (CSV)',

    // Ratings, as the report words them
    ratingWithBand: '{band}, {mean} of 5',
    rating: '{mean} of 5',
    notAskedAnswered: 'Not asked: you answered “{answer}” to “{question}”',
    notAskedBlank: 'Not asked: you did not answer “{question}”',
    notScoredTooFew: 'Not scored: too few answers',

    // The stage fit
    basedOn: 'Based on: {sources}.',
    fitHeadingNoStory: 'What matters most for your community',
    fitNoStory:
      'You skipped the question about the community you know best. If you pick the story that sounds most like it, this report shows which conditions matter most at its stage, and how your answers rate them.',
    fitHeadingReadiness: 'What matters most for a {stage} community',
    fitHeadingStage: 'What matters most now',
    fitLeadReadiness:
      'You said the community you know best sounds like the {stage} stage. At that stage, these matter most:',
    fitLeadStage: 'At the {stage} stage, these things where you work matter most:',
    youRatedIt: '(you rated it: {rating})',
    poorFitHeading: 'Where your answers suggest a poor fit',
    poorFitFactor: '{construct} ({mean} of 5):',
    checkWhereYouWork: 'To check these where you work, {link}.',
    takeReadinessSurvey: 'take the readiness survey',

    // The stage
    stageHeading: 'Your community’s stage',
    stageFits: 'Your answers fit the {link} best.',
    stageFitsTentative:
      'Your answers fit the {link} best, but another stage is close behind. Treat this as a best guess.',
    stageLink: '{stage} stage',
    noOneStage:
      'Your answers do not point to one stage. That is common: a community often shows signs of more than one.',
    closestStages: 'These are the stages you agreed with most.',
    storyGap:
      'The story you picked sounds like the {stage} stage, which is not the one you agreed with most. That gap is worth talking about.',
    supportFitsIt: 'Support that fits it:',
    bigQuestion: 'The big question now:',
    supportHeading: 'Support that fits this stage',
    avoidHeading: 'What to avoid at this stage',
    talkHeading: 'Questions to talk about',
    readAboutStages: 'Read more about the stages',
    stageRuleV1:
      'We name the stage you agreed with most. If it is less than {margin} points ahead of the next one, treat it as a best guess.',
    stageRuleV2:
      'We name a stage only when three things are true. You answered at least {minAnswered} statements for each stage. You agreed with one stage {lead} more than with any other. The story you picked, if you picked one, is that same stage.',
    leadFullPoint: 'a full point',
    leadPoints: '{lead} points',
    stageTableCaption: 'How much you agreed with each stage, from 1 to 5',
    stageColumn: 'Stage',
    agreementColumn: 'Agreement',
    tooFewAnswers: 'Too few answers',

    // Where to start
    startHeading: 'Where to start',
    strongest: 'Strongest: {constructs}',
    weakest: 'Weakest: {constructs}',
    firstSteps: 'Small first steps:',
    talkLead: 'Questions to talk about:',
    noneStandsOut: 'No area stands out as strongest or weakest: too few were scored, or all scored the same.',

    // Statements
    statementsHeading: 'Your answers that stand out',
    statementsNote:
      'Some statements say something bad, like “Work stays inside each team”. Disagreeing with those is a good sign, so we sort by what your answer says, not by how much you agreed. Ties keep the order of the questions.',
    quoted: '“{text}”',
    youAnswered: 'You answered: {answer}.',
    bestSigns: 'Best signs',
    troubleSigns: 'Signs of trouble',
    noBestSigns: 'None of your answers was a clear good sign.',
    noTroubleSigns: 'None of your answers was a clear sign of trouble.',

    // Scores by area
    scoresHeading: 'Scores by area',
    scoresTableLabel: 'Table of scores by area',
    scoresCaption: 'Your score for each area, from 1 to 5',
    areaColumn: 'Area',
    scoreColumn: 'Score (1–5)',
    answeredColumn: 'Statements answered',
    bandColumn: 'Band',
    notAsked: 'Not asked',
    notScored: 'Not scored',
    chartNotScored: 'not scored',
    answeredOf: '{answered} of {items}',
    bandFrom: '{band} from {min}',
    bandsNote:
      'Bands only describe: {bands}. An area gets a score only when you answered at least {share}% of its statements. “{dontKnow}” and “{notApplicable}” never count as numbers.',

    // What each area means
    meaningHeading: 'What each area means',
    yourRating: 'Your rating:',
    aboutConstruct: 'About {construct}',
    readAbout: 'Read more about {topic}',
    /** An essay's title in a link; essays are published in English only. */
    essayTitle: '{title}',

    // Delivery
    keptLocalLead: 'Kept on this device only.',
    keptLocal:
      'This site is not set up to collect responses, so your answers were not sent anywhere. Download them below if you want to keep them or share them.',
    sentLead: 'Sent.',
    sent: 'Your response reached the researcher’s server.',
    sessionClosedLead: 'Not counted: the team session has closed.',
    sessionClosedRefused:
      'Its facilitator stopped collecting answers while you were answering, so the collector did not take your response.',
    stillSaved: 'It is still saved on this device.',
    sessionClosedAfter:
      'Your results are still shown below: download them if you want to keep them, or pass them to the person who shared the link.',
    refusedLead: 'Could not send.',
    refused: 'The server refused the response.',
    /** `{error}` is one of the failure messages below, or an earlier build's English sentence. */
    refusedBecause: 'The server refused the response. {error}',
    refusedAfter: 'Download it below and pass it to the person who shared the link.',
    tryAgain: 'Try again',
    trySendingNow: 'Try sending now',
    trying: 'Trying…',
    waitingLead: 'Waiting to send.',
    savedSendingLead: 'Saved on this device; sending now.',
    sendingLead: 'Sending now.',
    waitingOnDevice:
      'It is safe on this device. You can close this tab: it will be sent automatically, at the latest the next time this device opens any page of this site.',
    waitingInTab:
      'Your browser would not let this site store the response (its storage is full or blocked), so it is held by this tab only: keep the tab open until it says “Sent”, or download it below.',
    forgottenLead: 'No longer waiting on this device.',
    forgotten: 'This device keeps no record of the response any more.',

    // Why the last attempt to send failed; `{status}` is the HTTP status with the server's text ("409 Conflict").
    failureAnswered: 'The server answered {status}.',
    failureUnconfirmed: 'The server answered {status}, but its answer did not confirm receipt.',
    failureTimedOut: 'The server did not answer in time.',
    failureUnreachable: 'The network could not reach the server.',

    // The response ID
    responseIdHeading: 'Your response ID',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'This browser would not copy it. Select the ID and copy it yourself.',
    withdrawStudy: 'To take your answers back, write to {name} at {email} and give this ID.',
    withdrawNoStudy:
      'No study is attached to this survey. To take your answers back, ask the person who sent you the link, and give them this ID.',
    withdrawNotSent:
      'Your answers were not sent anywhere, so no one else has them. This ID is also in the files you download.',
    readAboutStudy: 'Read about this study',

    // Clearing the device
    clearOpen: 'Clear my answers from this device',
    clearHeading: 'Clear your answers from this device?',
    clearRemoves: 'This removes:',
    clearKeeps: 'This does not remove:',
    clearDownloadWaiting: 'Download the waiting answers (JSON)',
    clearConfirm: 'Clear them',
    clearCancel: 'Cancel',
    cleared: 'Your answers were cleared from this device.',
    removesDraft: 'The answers you have given so far on this survey.',
    removesResults: 'Your results on this page.',
    removesSentNotes: 'The note on this device of which finished answers were sent, for every survey on this site.',
    keepsSent:
      'Answers that were already sent. To take them back, contact the people running the study and give your response ID.',
    keepsNothing: 'Nothing is kept anywhere else: this site does not send answers off this device.',
    keepsWaitingOne:
      '1 finished response still waiting to be sent. It stays on this device until it is sent. You can download it first.',
    keepsWaitingOther:
      '{count} finished responses still waiting to be sent. They stay on this device until they are sent. You can download them first.',
  },
  {
    es: {
      startSurvey: 'Comenzar la encuesta',
      draftsUnsaved:
        'Este dispositivo no guardará sus respuestas si sale de esta página. Termine de una sola vez, por favor, o se perderán.',

      partOf: 'Parte {part} de {parts}: {title}',
      questionsAnsweredLabel: 'Preguntas respondidas',
      questionsAnswered: '{answered} de {questions} preguntas respondidas',

      resumeHeading: '¿Quiere seguir donde lo dejó?',
      resumeText:
        'Este dispositivo tiene respuestas que se empezaron el {date}. Si las empezó otra persona, comience de nuevo: sus respuestas se borran de este dispositivo.',
      continueAnswers: 'Seguir con mis respuestas',
      startFresh: 'No soy yo: comenzar de nuevo',

      sessionChecking: 'Consultando esta sesión de equipo con el servidor que recoge las respuestas…',
      sessionOpen:
        'Usted responde como parte de la sesión de equipo de {community}; la persona que facilita solo ve las respuestas combinadas del grupo, nunca las suyas.',
      sessionClosedHeading: 'Esta sesión de equipo está cerrada',
      sessionClosed:
        'Esta sesión de equipo está cerrada: la persona que facilita ya no recoge respuestas. Nada de lo que responda aquí se contaría.',
      sessionUnknownHeading: 'No se reconoce este enlace de sesión de equipo',
      sessionUnknown:
        'El servidor que recoge las respuestas no reconoce este enlace de sesión; es posible que se haya eliminado.',
      sessionOtherInstrument:
        'El servidor que recoge las respuestas no reconoce este enlace de sesión; es posible que se haya eliminado. Tiene una sesión de equipo con este código para otra encuesta, no para esta: compruebe que abrió el enlace tal como se lo enviaron.',
      sessionUnreachable:
        'No se pudo contactar con el servidor que recoge las respuestas para comprobar esta sesión de equipo. Puede responder igualmente: su respuesta espera en este dispositivo y se envía cuando el servidor esté disponible.',
      sessionUnsupported:
        'Este enlace es para una sesión de equipo, pero esta copia del sitio no envía respuestas a ningún servidor, así que sus respuestas no contarán para la sesión. Puede responder igualmente para usted.',

      yourResults: 'Sus resultados',
      titleAndVersion: '{title}, versión {version}',
      reportNote:
        'Estos resultados muestran cómo ve usted las cosas hoy. No son notas ni juicios. Sirven mejor como punto de partida para conversar con otras personas de su comunidad.',
      printSummary: 'Imprimir un resumen de una página',
      downloadJson: 'Descargar mis respuestas y puntajes (JSON)',
      downloadCsv: 'Descargar mis respuestas y puntajes (CSV)',

      ratingWithBand: '{band}, {mean} de 5',
      rating: '{mean} de 5',
      notAskedAnswered: 'No se preguntó: usted respondió “{answer}” a “{question}”',
      notAskedBlank: 'No se preguntó: usted no respondió “{question}”',
      notScoredTooFew: 'Sin puntaje: muy pocas respuestas',

      basedOn: 'Fuentes: {sources}.',
      fitHeadingNoStory: 'Lo que más importa para su comunidad',
      fitNoStory:
        'Usted omitió la pregunta sobre la comunidad que mejor conoce. Si elige la historia que más se le parece, este informe muestra qué condiciones importan más en su etapa y cómo las califican sus respuestas.',
      fitHeadingReadiness: 'Lo que más importa para una comunidad en la etapa de {stage}',
      fitHeadingStage: 'Lo que más importa ahora',
      fitLeadReadiness:
        'Usted dijo que la comunidad que mejor conoce se parece a la etapa de {stage}. En esa etapa, esto es lo que más importa:',
      fitLeadStage: 'En la etapa de {stage}, esto es lo que más importa en su lugar de trabajo:',
      youRatedIt: '(usted lo calificó: {rating})',
      poorFitHeading: 'Donde sus respuestas indican que algo no encaja',
      poorFitFactor: '{construct} ({mean} de 5):',
      checkWhereYouWork: 'Para comprobarlo en su lugar de trabajo, {link}.',
      takeReadinessSurvey: 'responda la encuesta de preparación',

      stageHeading: 'La etapa de su comunidad',
      stageFits: 'Sus respuestas encajan mejor con la {link}.',
      stageFitsTentative:
        'Sus respuestas encajan mejor con la {link}, pero otra etapa le sigue de cerca. Tómelo como una estimación.',
      stageLink: 'etapa de {stage}',
      noOneStage:
        'Sus respuestas no apuntan a una sola etapa. Es algo común: una comunidad suele mostrar señales de más de una.',
      closestStages: 'Estas son las etapas con las que usted estuvo más de acuerdo.',
      storyGap:
        'La historia que eligió se parece a la etapa de {stage}, que no es aquella con la que estuvo más de acuerdo. Vale la pena conversar sobre esa diferencia.',
      supportFitsIt: 'El apoyo que le conviene:',
      bigQuestion: 'La gran pregunta ahora:',
      supportHeading: 'El apoyo que conviene en esta etapa',
      avoidHeading: 'Qué evitar en esta etapa',
      talkHeading: 'Preguntas para conversar',
      readAboutStages: 'Más sobre las etapas (en inglés)',
      stageRuleV1:
        'Nombramos la etapa con la que usted estuvo más de acuerdo. Si le lleva menos de {margin} puntos a la siguiente, tómelo como una estimación.',
      stageRuleV2:
        'Solo nombramos una etapa cuando se cumplen tres condiciones. Usted respondió al menos {minAnswered} afirmaciones de cada etapa. Estuvo de acuerdo con una etapa {lead} más que con cualquier otra. La historia que eligió, si eligió una, es esa misma etapa.',
      leadFullPoint: 'un punto entero',
      leadPoints: '{lead} puntos',
      stageTableCaption: 'Cuánto estuvo de acuerdo con cada etapa, de 1 a 5',
      stageColumn: 'Etapa',
      agreementColumn: 'Acuerdo',
      tooFewAnswers: 'Muy pocas respuestas',

      startHeading: 'Por dónde empezar',
      strongest: 'Lo más fuerte: {constructs}',
      weakest: 'Lo más débil: {constructs}',
      firstSteps: 'Primeros pasos pequeños:',
      talkLead: 'Preguntas para conversar:',
      noneStandsOut:
        'Ningún área destaca como la más fuerte o la más débil: se calificaron muy pocas, o todas obtuvieron el mismo puntaje.',

      statementsHeading: 'Sus respuestas que destacan',
      statementsNote:
        'Algunas afirmaciones describen algo negativo, como “El trabajo se queda dentro de cada equipo”. Estar en desacuerdo con ellas es una buena señal, así que ordenamos según lo que dice su respuesta, no según cuánto estuvo de acuerdo. En caso de empate se mantiene el orden de las preguntas.',
      quoted: '“{text}”',
      youAnswered: 'Usted respondió: {answer}.',
      bestSigns: 'Las mejores señales',
      troubleSigns: 'Señales de problemas',
      noBestSigns: 'Ninguna de sus respuestas fue una clara buena señal.',
      noTroubleSigns: 'Ninguna de sus respuestas fue una clara señal de problemas.',

      scoresHeading: 'Puntajes por área',
      scoresTableLabel: 'Tabla de puntajes por área',
      scoresCaption: 'Su puntaje en cada área, de 1 a 5',
      areaColumn: 'Área',
      scoreColumn: 'Puntaje (1–5)',
      answeredColumn: 'Afirmaciones respondidas',
      bandColumn: 'Franja',
      notAsked: 'No se preguntó',
      notScored: 'Sin puntaje',
      chartNotScored: 'sin puntaje',
      answeredOf: '{answered} de {items}',
      bandFrom: '{band} desde {min}',
      bandsNote:
        'Las franjas solo describen: {bands}. Un área recibe puntaje solo si usted respondió al menos el {share} % de sus afirmaciones. “{dontKnow}” y “{notApplicable}” nunca cuentan como números.',

      meaningHeading: 'Qué significa cada área',
      yourRating: 'Su calificación:',
      aboutConstruct: 'Sobre {construct}',
      readAbout: 'Más sobre {topic} (en inglés)',
      essayTitle: '{title} (en inglés)',

      keptLocalLead: 'Guardado solo en este dispositivo.',
      keptLocal:
        'Este sitio no está preparado para recoger respuestas, así que sus respuestas no se enviaron a ningún lugar. Descárguelas más abajo si quiere guardarlas o compartirlas.',
      sentLead: 'Enviado.',
      sent: 'Su respuesta llegó al servidor del equipo de investigación.',
      sessionClosedLead: 'No se contó: la sesión de equipo se cerró.',
      sessionClosedRefused:
        'La persona que facilita dejó de recoger respuestas mientras usted respondía, así que el servidor no aceptó su respuesta.',
      stillSaved: 'Sigue guardada en este dispositivo.',
      sessionClosedAfter:
        'Sus resultados se siguen mostrando más abajo: descárguelos si quiere guardarlos, o compártalos con la persona que le envió el enlace.',
      refusedLead: 'No se pudo enviar.',
      refused: 'El servidor rechazó la respuesta.',
      refusedBecause: 'El servidor rechazó la respuesta. {error}',
      refusedAfter: 'Descárguela más abajo y entréguela a la persona que le envió el enlace.',
      tryAgain: 'Intentar de nuevo',
      trySendingNow: 'Intentar enviar ahora',
      trying: 'Intentando…',
      waitingLead: 'Esperando para enviar.',
      savedSendingLead: 'Guardada en este dispositivo; enviando ahora.',
      sendingLead: 'Enviando ahora.',
      waitingOnDevice:
        'Está a salvo en este dispositivo. Puede cerrar esta pestaña: se enviará automáticamente, a más tardar la próxima vez que este dispositivo abra cualquier página de este sitio.',
      waitingInTab:
        'Su navegador no permitió que este sitio guardara la respuesta (su almacenamiento está lleno o bloqueado), así que solo la conserva esta pestaña: manténgala abierta hasta que diga “Enviado”, o descargue la respuesta más abajo.',
      forgottenLead: 'Ya no está en espera en este dispositivo.',
      forgotten: 'Este dispositivo ya no guarda ningún registro de la respuesta.',

      failureAnswered: 'El servidor respondió con el código {status}.',
      failureUnconfirmed: 'El servidor respondió con el código {status}, pero no confirmó que recibió la respuesta.',
      failureTimedOut: 'El servidor tardó demasiado en responder.',
      failureUnreachable: 'No se pudo conectar con el servidor.',

      responseIdHeading: 'El identificador de su respuesta',
      copy: 'Copiar',
      copied: 'Copiado.',
      copyFailed: 'Este navegador no pudo copiarlo. Seleccione el identificador y cópielo usted.',
      withdrawStudy: 'Para retirar sus respuestas, escriba a {name} a {email} e indique este identificador.',
      withdrawNoStudy:
        'Esta encuesta no forma parte de ningún estudio. Para retirar sus respuestas, pídalo a la persona que le envió el enlace e indíquele este identificador.',
      withdrawNotSent:
        'Sus respuestas no se enviaron a ningún lugar, así que nadie más las tiene. Este identificador también está en los archivos que descargue.',
      readAboutStudy: 'Información sobre este estudio',

      clearOpen: 'Borrar mis respuestas de este dispositivo',
      clearHeading: '¿Borrar sus respuestas de este dispositivo?',
      clearRemoves: 'Esto borra:',
      clearKeeps: 'Esto no borra:',
      clearDownloadWaiting: 'Descargar las respuestas en espera (JSON)',
      clearConfirm: 'Borrarlas',
      clearCancel: 'Cancelar',
      cleared: 'Sus respuestas se borraron de este dispositivo.',
      removesDraft: 'Las respuestas que ha dado hasta ahora en esta encuesta.',
      removesResults: 'Sus resultados en esta página.',
      removesSentNotes:
        'El registro en este dispositivo de qué respuestas terminadas se enviaron, para todas las encuestas de este sitio.',
      keepsSent:
        'Las respuestas que ya se enviaron. Para retirarlas, comuníquese con las personas a cargo del estudio e indique el identificador de su respuesta.',
      keepsNothing: 'No se guarda nada en ningún otro lugar: este sitio no envía respuestas fuera de este dispositivo.',
      keepsWaitingOne:
        '1 respuesta terminada que aún espera ser enviada. Se queda en este dispositivo hasta que se envíe. Puede descargarla antes.',
      keepsWaitingOther:
        '{count} respuestas terminadas que aún esperan ser enviadas. Se quedan en este dispositivo hasta que se envíen. Puede descargarlas antes.',
    },
  },
);

export type SurveyMessages = (typeof surveyMessages)['en'];
