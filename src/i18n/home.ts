import { catalogue } from './catalogue.ts';

/** The home page: the three ways in, the framework at a glance, and where each kind of reader starts. */
export const homeMessages = catalogue(
  {
    description:
      'An open framework, essays and survey instruments for understanding and supporting communities of practice in schools and non-profits.',
    heading: 'Understand and support communities of practice',
    startHere: 'Start here',
    readFramework: 'Read the framework',
    readFrameworkText: 'How communities of practice form and grow, in plain words.',
    takeSurvey: 'Take a survey',
    takeSurveyText: 'For members, leaders and coaches. About ten minutes, on a phone or a computer.',
    research: 'Research with the instruments',
    researchText: 'Survey links, paper forms, codebooks and private analysis.',
    lead: 'Cultivate brings together a plain-language account of how professional communities form and grow, and surveys made from the same framework: a self-assessment for members and a readiness check, long or short, for the organization around them.',
    atAGlance: 'The framework at a glance',
    stagesHeading: 'Five stages of development',
    stagesText:
      'Communities change as they grow. The support that helps at one stage can smother a community at another, so it pays to know where a community stands.',
    whereToStart: 'Where to start',
    practitioners: 'Practitioners',
    practitionersText:
      'Teachers, coaches, principals and non-profit staff who want to understand and cultivate the communities they belong to.',
    whatIsACommunity: 'Start with what a community of practice is',
    frameworkAtAGlance: 'See the framework at a glance',
    members: 'Community members',
    membersText:
      'Take a short self-assessment, alone or together, and get a private picture of where your community stands and what support fits its stage.',
    takeSelfAssessment: 'Take the community self-assessment',
    readStages: 'Read about the five stages',
    leaders: 'Leaders and coaches',
    leadersText:
      'See how your organization’s culture helps or hinders its communities, and how to support them without smothering them.',
    takeReadiness: 'Take the organizational readiness survey',
    readOrganizations: 'Read about communities inside organizations',
    researchers: 'Researchers',
    researchersText:
      'Distribute versioned instruments by link, with codebooks, printable forms and scoring you can reproduce.',
    readGuide: 'Read the guide to using the instruments',
    browseInstruments: 'Browse instruments and codebooks',
    essays: 'Essays',
  },
  {
    es: {
      description:
        'Un marco abierto, ensayos e instrumentos de encuesta para comprender y apoyar a las comunidades de práctica en escuelas y organizaciones sin fines de lucro.',
      heading: 'Comprender y apoyar las comunidades de práctica',
      startHere: 'Empiece aquí',
      readFramework: 'Leer el marco',
      readFrameworkText: 'Cómo se forman y crecen las comunidades de práctica, en palabras sencillas.',
      takeSurvey: 'Responder una encuesta',
      takeSurveyText: 'Para integrantes, líderes y coaches. Unos diez minutos, en el teléfono o en la computadora.',
      research: 'Investigar con los instrumentos',
      researchText: 'Enlaces a encuestas, formularios en papel, libros de códigos y análisis privado.',
      lead: 'Cultivate reúne una explicación en lenguaje claro de cómo se forman y crecen las comunidades profesionales, y encuestas hechas a partir del mismo marco: una autoevaluación para quienes integran la comunidad y una revisión de la preparación de la organización que la rodea, en versión completa o breve.',
      atAGlance: 'El marco de un vistazo',
      stagesHeading: 'Cinco etapas de desarrollo',
      stagesText:
        'Las comunidades cambian a medida que crecen. El apoyo que ayuda en una etapa puede asfixiar a una comunidad en otra, así que vale la pena saber en qué punto está.',
      whereToStart: 'Por dónde empezar',
      practitioners: 'Profesionales',
      practitionersText:
        'Docentes, coaches, directivos y personal de organizaciones sin fines de lucro que quieren comprender y cultivar las comunidades a las que pertenecen.',
      whatIsACommunity: 'Empiece por saber qué es una comunidad de práctica',
      frameworkAtAGlance: 'Vea el marco de un vistazo',
      members: 'Integrantes de una comunidad',
      membersText:
        'Haga una autoevaluación breve, a solas o en grupo, y obtenga una imagen privada de dónde está su comunidad y qué apoyo le conviene en su etapa.',
      takeSelfAssessment: 'Responda la autoevaluación de la comunidad',
      readStages: 'Lea sobre las cinco etapas',
      leaders: 'Líderes y coaches',
      leadersText:
        'Vea cómo la cultura de su organización ayuda o frena a sus comunidades, y cómo apoyarlas sin asfixiarlas.',
      takeReadiness: 'Responda la encuesta de preparación organizacional',
      readOrganizations: 'Lea sobre las comunidades dentro de las organizaciones',
      researchers: 'Personas que investigan',
      researchersText:
        'Distribuya instrumentos versionados mediante enlaces, con libros de códigos, formularios imprimibles y un cálculo de puntajes que se puede reproducir.',
      readGuide: 'Lea la guía para usar los instrumentos',
      browseInstruments: 'Explore los instrumentos y los libros de códigos',
      essays: 'Ensayos',
    },
  },
);
