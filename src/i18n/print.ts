import { catalogue } from './catalogue.ts';

/** The paper version of an instrument: the printable page's labels and the sentences the paper form adds. */
export const printMessages = catalogue(
  {
    title: '{title} (paper version)',
    description:
      'A paper version of the {title}, with a tick-box grid and the variable names for typing the answers in.',
    allInstruments: 'All instruments',
    versionLine: 'Version {version}',
    aboutMinutes: 'About {minutes} minutes',
    printThisForm: 'Print this form',
    beforeYouBegin: 'Before you begin',
    instructions:
      'Tick one box in each row. Some statements also have a box for “Don’t know” or for when a statement does not apply where you are. The small grey codes are for the person who types in the answers.',
    statement: 'Statement',
    optional: ' (optional)',
    notOffered: 'not offered',
    question: 'Question {number}',
    questions: 'Questions {first} to {last}',
    grid: '{questions}, a grid',
    answersTo: 'Answers to question {number}',
    end: 'End of the form. Thank you for taking part.',
    /** Takes the place of the consent's sentences about devices and links. */
    handling:
      'Give the finished form back to the person who handed it to you. They can tell you who is running this survey and how the forms are kept safe.',
    /** Joins the last two of the screener answers that open a section: "Yes or Unsure". */
    or: '{first} or {last}',
    onlyIf: 'Answer only if you answered {answers} to question {number}. {otherwise}',
    otherwiseGoTo: 'If not, go on to question {number}.',
    otherwiseFinished: 'If not, you have finished.',
  },
  {
    es: {
      title: '{title} (versión en papel)',
      description:
        'La versión en papel de la encuesta de {title}, con casillas para marcar y los nombres de las variables para transcribir las respuestas.',
      allInstruments: 'Todos los instrumentos',
      versionLine: 'Versión {version}',
      aboutMinutes: 'Unos {minutes} minutos',
      printThisForm: 'Imprimir este formulario',
      beforeYouBegin: 'Antes de empezar',
      instructions:
        'Marque una casilla en cada fila. Algunas afirmaciones tienen además una casilla para “No sé” o para cuando la afirmación no aplica en su lugar. Los pequeños códigos grises son para la persona que transcribe las respuestas.',
      statement: 'Afirmación',
      optional: ' (opcional)',
      notOffered: 'no se ofrece',
      question: 'Pregunta {number}',
      questions: 'Preguntas {first} a {last}',
      grid: '{questions}, una cuadrícula',
      answersTo: 'Respuestas a la pregunta {number}',
      end: 'Fin del formulario. Gracias por participar.',
      handling:
        'Devuelva el formulario completo a la persona que se lo entregó. Ella puede decirle quién realiza esta encuesta y cómo se guardan los formularios de forma segura.',
      or: '{first} o {last}',
      onlyIf: 'Responda solo si en la pregunta {number} contestó {answers}. {otherwise}',
      otherwiseGoTo: 'Si no, pase a la pregunta {number}.',
      otherwiseFinished: 'Si no, ha terminado.',
    },
  },
);
