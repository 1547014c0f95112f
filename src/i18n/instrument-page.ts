import { catalogue } from './catalogue.ts';
import { VALUE_PROBLEM_WORDS } from '../instruments/link-parameters.ts';

/**
 * The instruments list, an instrument's page around the survey (what is collected, consent, the study, the
 * link's details) and the site-wide notice of responses still waiting to be sent. `{link}` and `{server}`
 * mark where the page puts a link or a highlighted name inside the sentence.
 */
export const instrumentPageMessages = catalogue(
  {
    listTitle: 'Instruments',
    listDescription:
      'Survey instruments generated from the Cultivate framework: a community of practice self-assessment and an organizational readiness survey with its short form, with codebooks and printable versions.',
    listLead:
      'Every instrument is made from the framework model, so its questions, scoring, codebook and paper version always agree. They are new and still being tested, not proven scales: results describe, they do not judge.',

    takeSurvey: 'Take the survey',
    takeSurveyHidden: ': {title}',
    minutesAnyDevice: 'About {minutes} minutes, on any phone or computer.',
    whatItMeasures: 'What it measures',
    paperVersion: 'Paper version',
    codebookCsv: 'Codebook (CSV)',
    drawnFromFullForm: 'Drawn from the full form: one question for each part of the {link} survey.',
    time: 'Time',
    aboutMinutes: 'About {minutes} minutes',
    questions: 'Questions',
    questionCounts: '{count} ({scored} scored, in {constructs} constructs)',
    version: 'Version',
    contentHash: 'Content hash',
    forResearchers: 'For researchers',
    codebookJson: 'Codebook (JSON)',
    surveyDefinition: 'SurveyJS definition (JSON)',
    spssSyntax: 'SPSS syntax that labels the CSV export (.sps)',
    stataDo: 'Stata do-file that labels the CSV export (.do)',
    rScript: 'R script that labels the CSV export (.R)',
    redcapDictionary: 'REDCap data dictionary (CSV)',
    xlsForm: 'XLSForm for KoboToolbox, ODK and Enketo (.xlsx)',
    qualtricsSurvey: 'Qualtrics survey file (.qsf)',
    earlierVersion: 'Version {version}:',
    earlierXlsForm: 'XLSForm',
    earlierQualtrics: 'Qualtrics file',
    ofVersion: ' of version {version}',

    description: '{audience} About {minutes} minutes.',
    loadingQuestions: 'Loading the questions…',
    eyebrow: 'Survey · about {minutes} minutes · {count} questions',
    aboutThisSurvey: 'About this survey, your answers and your consent',
    shortFormNote:
      'This short form is drawn from the full form: it asks one question from each part of the {link} survey. Its results are a quick first look. They do not match the full form’s results.',
    collectedHeading: 'What is collected and where it goes',
    collectedAnswers:
      'Your answers to {count} multiple-choice questions; there are no text boxes and no name is asked.',
    collectedScores: 'Your scores, worked out on this device, and the details in the link you were sent.',
    collectedMetadata: 'A random response ID, the start and finish times, and your browser’s language setting.',
    collectedDrafts:
      'Answers are saved on this device as you go, so you can close the page and continue later from the same link.',
    sentTo:
      'When you finish, the response is sent to {server}, the server the researcher set up. If the connection fails it waits on this device and is sent later.',
    ownServer: 'this website’s own server',
    keptOnDevice:
      'This copy of the site does not send responses anywhere: your results stay on this device, and you can download them.',
    ownResults:
      'You will see your own results as soon as you finish. They describe how you see things; they do not judge you or your community.',
    beforeYouBegin: 'Before you begin',
    versionNumber: 'Version {version}',
    printableVersion: 'printable version',
    constructList: 'constructs: {constructs}',

    studyHeading: 'About this study',
    whoRunsIt: 'Who runs it',
    whatItIsFor: 'What it is for',
    retention: 'How long answers are kept',
    withdrawHeading: 'How to take your answers back',
    withdraw: 'Write to {name} at {email} and give your response ID. You see it when you finish.',
    questionsHeading: 'Questions',
    askContact: 'Ask {name} at {email}.',
    ethicsApproval: 'Ethics approval',
    noStudy: 'No study is attached to this copy of the survey.',
    answersStayHere: 'Your answers stay on this device. This site does not send them anywhere.',
    answersSentTo:
      'When you finish, this site sends your answers to {server}. Ask the person who sent you the link who reads them and how long they are kept.',

    linkedTo: 'Your answers will be linked to',
    linkedToExplained:
      'These come from the link you were sent. They are sent with your answers so the researcher can group them; your name is never asked.',
    linkInvalid: 'Part of this link is not valid',
    linkInvalidExplained:
      'You can still answer, but those details will not be sent with your answers. If you can, ask the person who sent the link for a corrected one.',
    /** One detail of the link that was refused: its label, its name in the link and why. */
    linkProblem: '{label} ({name}) {reason}.',
    sessionLabel: 'Team session',
    pseudonym:
      'Your link has a code in it. Whoever holds the list of codes can tell which answers are yours. So your answers are not anonymous: they are linked to a code instead of your name.',

    outboxWaitingOne:
      'A response you completed on this device has not reached the researcher’s server yet. It is saved here and will be sent automatically.',
    outboxWaitingOther:
      '{count} responses you completed on this device have not reached the researcher’s server yet. They are saved here and will be sent automatically.',
    outboxRefusedOne:
      'A response you completed on this device was refused by the researcher’s server. Download it and pass it to the person who shared the link, or try again.',
    outboxRefusedOther:
      '{count} responses you completed on this device were refused by the researcher’s server. Download them and pass them to the person who shared the link, or try again.',
    outboxRetry: 'Try sending now',
    outboxDownload: 'Download waiting responses (JSON)',
  },
  {
    es: {
      listTitle: 'Instrumentos',
      listDescription:
        'Instrumentos de encuesta creados a partir del marco Cultivate: una autoevaluación para comunidades de práctica y una encuesta de preparación organizacional con su versión breve, con libros de códigos y versiones para imprimir.',
      listLead:
        'Cada instrumento se construye a partir del modelo del marco, de modo que sus preguntas, sus puntajes, su libro de códigos y su versión en papel siempre coinciden. Son instrumentos nuevos que todavía se están probando, no escalas ya validadas: los resultados describen, no juzgan.',

      takeSurvey: 'Responder la encuesta',
      takeSurveyHidden: ': {title}',
      minutesAnyDevice: 'Unos {minutes} minutos, en cualquier teléfono o computadora.',
      whatItMeasures: 'Qué mide',
      paperVersion: 'Versión en papel',
      codebookCsv: 'Libro de códigos (CSV)',
      drawnFromFullForm: 'Tomada de la versión completa: una pregunta de cada parte de la encuesta de {link}.',
      time: 'Tiempo',
      aboutMinutes: 'Unos {minutes} minutos',
      questions: 'Preguntas',
      questionCounts: '{count} ({scored} con puntaje, en {constructs} constructos)',
      version: 'Versión',
      contentHash: 'Hash del contenido',
      forResearchers: 'Para investigadores',
      codebookJson: 'Libro de códigos (JSON)',
      surveyDefinition: 'Definición para SurveyJS (JSON)',
      spssSyntax: 'Sintaxis de SPSS que etiqueta la exportación CSV (.sps)',
      stataDo: 'Archivo do de Stata que etiqueta la exportación CSV (.do)',
      rScript: 'Script de R que etiqueta la exportación CSV (.R)',
      redcapDictionary: 'Diccionario de datos de REDCap (CSV)',
      xlsForm: 'XLSForm para KoboToolbox, ODK y Enketo (.xlsx)',
      qualtricsSurvey: 'Archivo de encuesta de Qualtrics (.qsf)',
      earlierVersion: 'Versión {version}:',
      earlierXlsForm: 'XLSForm',
      earlierQualtrics: 'archivo de Qualtrics',
      ofVersion: ' de la versión {version}',

      description: '{audience} Unos {minutes} minutos.',
      loadingQuestions: 'Cargando las preguntas…',
      eyebrow: 'Encuesta · unos {minutes} minutos · {count} preguntas',
      aboutThisSurvey: 'Sobre esta encuesta, sus respuestas y su consentimiento',
      shortFormNote:
        'Esta versión breve se basa en la versión completa: hace una pregunta de cada parte de la encuesta de {link}. Sus resultados son una primera mirada rápida y no equivalen a los de la versión completa.',
      collectedHeading: 'Qué se recoge y a dónde va',
      collectedAnswers:
        'Sus respuestas a {count} preguntas de opción múltiple; no hay cuadros de texto y no se le pide su nombre.',
      collectedScores: 'Sus puntajes, calculados en este dispositivo, y los datos que trae el enlace que recibió.',
      collectedMetadata:
        'Un identificador de respuesta al azar, la hora de inicio y de fin, y el idioma configurado en su navegador.',
      collectedDrafts:
        'Sus respuestas se guardan en este dispositivo a medida que avanza: puede cerrar la página y seguir más tarde desde el mismo enlace.',
      sentTo:
        'Al terminar, la respuesta se envía a {server}, el servidor que preparó la persona a cargo de la investigación. Si falla la conexión, la respuesta espera en este dispositivo y se envía más tarde.',
      ownServer: 'el servidor de este mismo sitio web',
      keptOnDevice:
        'Esta copia del sitio no envía las respuestas a ningún lugar: sus resultados se quedan en este dispositivo y puede descargarlos.',
      ownResults:
        'Verá sus propios resultados en cuanto termine. Describen cómo ve usted las cosas; no lo juzgan a usted ni a su comunidad.',
      beforeYouBegin: 'Antes de empezar',
      versionNumber: 'Versión {version}',
      printableVersion: 'versión para imprimir',
      constructList: 'constructos: {constructs}',

      studyHeading: 'Sobre este estudio',
      whoRunsIt: 'Quién lo realiza',
      whatItIsFor: 'Para qué sirve',
      retention: 'Cuánto tiempo se guardan las respuestas',
      withdrawHeading: 'Cómo retirar sus respuestas',
      withdraw: 'Escriba a {name} a {email} e indique su identificador de respuesta. Lo verá al terminar la encuesta.',
      questionsHeading: 'Preguntas',
      askContact: 'Escriba a {name} a {email}.',
      ethicsApproval: 'Aprobación ética',
      noStudy: 'Esta copia de la encuesta no está vinculada a ningún estudio.',
      answersStayHere: 'Sus respuestas se quedan en este dispositivo. Este sitio no las envía a ningún lugar.',
      answersSentTo:
        'Al terminar, este sitio envía sus respuestas a {server}. Pregunte a la persona que le envió el enlace quién las lee y cuánto tiempo se guardan.',

      linkedTo: 'Sus respuestas quedarán vinculadas a',
      linkedToExplained:
        'Estos datos vienen del enlace que recibió. Se envían con sus respuestas para que la persona a cargo de la investigación pueda agruparlas; nunca se le pide su nombre.',
      linkInvalid: 'Una parte de este enlace no es válida',
      linkInvalidExplained:
        'Puede responder de todos modos, pero esos datos no se enviarán con sus respuestas. Si puede, pida un enlace corregido a la persona que se lo envió.',
      linkProblem: '{label} ({name}): {reason}.',
      sessionLabel: 'Sesión de equipo',
      pseudonym:
        'Su enlace contiene un código. Quien tenga la lista de códigos puede saber cuáles son sus respuestas. Por eso sus respuestas no son anónimas: quedan vinculadas a un código en lugar de a su nombre.',

      outboxWaitingOne:
        'Una respuesta que usted completó en este dispositivo todavía no ha llegado al servidor de la investigación. Está guardada aquí y se enviará automáticamente.',
      outboxWaitingOther:
        '{count} respuestas que usted completó en este dispositivo todavía no han llegado al servidor de la investigación. Están guardadas aquí y se enviarán automáticamente.',
      outboxRefusedOne:
        'El servidor de la investigación rechazó una respuesta que usted completó en este dispositivo. Descárguela y entréguela a la persona que le compartió el enlace, o vuelva a intentarlo.',
      outboxRefusedOther:
        'El servidor de la investigación rechazó {count} respuestas que usted completó en este dispositivo. Descárguelas y entréguelas a la persona que le compartió el enlace, o vuelva a intentarlo.',
      outboxRetry: 'Intentar enviar ahora',
      outboxDownload: 'Descargar las respuestas en espera (JSON)',
    },
  },
);

/**
 * Why a link value was refused, as the end of a sentence naming the parameter: the respondent's page and the
 * link builder word each ValueProblem with these. The English is the link check's own.
 */
export const valueProblemMessages = catalogue(VALUE_PROBLEM_WORDS, {
  es: {
    problemEmpty: 'el valor está vacío',
    problemTooLong: 'el valor tiene más de {max} caracteres',
    problemNotComposed: 'el valor no está en la forma compuesta de Unicode (NFC)',
    problemNotAllowed: 'el valor contiene caracteres no permitidos',
    problemTooManyMarks: 'el valor acumula más de {max} acentos o marcas sobre una letra',
    problemRepeatedMark: 'el valor repite un acento o una marca sobre una letra',
    problemMixedScripts:
      'el valor mezcla los sistemas de escritura {first} y {second} (con letras parecidas, un nombre puede pasar por otro); escríbalo en un solo sistema de escritura',
    problemGivenTwice: 'aparece más de una vez en el enlace',
    problemNotSessionCode:
      'el valor no es un código de sesión de equipo (22 letras, dígitos, guiones o guiones bajos); quizá se cortó al copiar el enlace',
  },
});
