import { inLanguage, type Localized } from './languages.ts';
import type { Construct, FrameworkElement, Stage, WheatleyCondition } from './types.ts';

export const elementSource = [
  {
    id: 'domain',
    name: { en: 'Domain', es: 'Dominio' },
    summary: {
      en: 'The shared concern or purpose that brings members together and gives them an identity.',
      es: 'La inquietud o el propósito compartido que reúne a los miembros y les da una identidad.',
    },
    signs: [
      {
        en: 'Members can say what they have in common and why it matters.',
        es: 'Los miembros pueden explicar qué tienen en común y por qué es importante.',
      },
      {
        en: 'The value of taking part is clear to members and to people around them.',
        es: 'El valor de participar es claro para los miembros y para las personas de su entorno.',
      },
      {
        en: 'The focus grows sharper as the community learns.',
        es: 'El enfoque se vuelve más preciso a medida que la comunidad aprende.',
      },
    ],
  },
  {
    id: 'community',
    name: { en: 'Community', es: 'Comunidad' },
    summary: {
      en: 'The relationships members build by meeting and working together over time.',
      es: 'Las relaciones que los miembros construyen al reunirse y trabajar juntos a lo largo del tiempo.',
    },
    signs: [
      {
        en: 'Members meet regularly and know one another.',
        es: 'Los miembros se reúnen con regularidad y se conocen entre sí.',
      },
      {
        en: 'There is enough trust to admit what one does not know.',
        es: 'Hay suficiente confianza para reconocer lo que uno no sabe.',
      },
      {
        en: 'Newcomers are welcomed and helped towards fuller participation.',
        es: 'Las personas recién llegadas son bienvenidas y reciben apoyo para participar cada vez más plenamente.',
      },
      {
        en: 'Membership crosses roles and formal boundaries.',
        es: 'La membresía abarca distintos roles y traspasa las fronteras formales.',
      },
    ],
  },
  {
    id: 'practice',
    name: { en: 'Practice', es: 'Práctica' },
    summary: {
      en: 'The shared repertoire of know-how, tools and stories, and the new knowledge members build together.',
      es: 'El repertorio compartido de saberes prácticos, herramientas e historias, y el nuevo conocimiento que los miembros construyen juntos.',
    },
    signs: [
      {
        en: 'Members share and compare how they actually do the work.',
        es: 'Los miembros comparten y comparan cómo hacen realmente su trabajo.',
      },
      {
        en: 'They try things and reflect on the results together.',
        es: 'Prueban cosas nuevas y reflexionan juntos sobre los resultados.',
      },
      {
        en: 'They record what they learn so others can find it.',
        es: 'Registran lo que aprenden para que otras personas puedan encontrarlo.',
      },
      { en: 'Talk stays anchored in real work.', es: 'Las conversaciones se mantienen ancladas en el trabajo real.' },
    ],
  },
  {
    id: 'agency',
    name: { en: 'Agency and reach', es: 'Iniciativa y alcance' },
    summary: {
      en: 'The community acting on its own initiative and reaching outward for what it does not yet know.',
      es: 'La comunidad que actúa por iniciativa propia y busca fuera de sí lo que todavía no sabe.',
    },
    signs: [
      {
        en: 'Members decide what they need to learn next.',
        es: 'Los miembros deciden qué necesitan aprender a continuación.',
      },
      {
        en: 'They seek out research, other communities and expertise.',
        es: 'Buscan investigaciones, otras comunidades y conocimiento experto.',
      },
      {
        en: 'Motivation comes from within rather than from a mandate.',
        es: 'La motivación surge desde dentro y no de un mandato.',
      },
    ],
  },
  {
    id: 'organization',
    name: { en: 'Organizational context', es: 'Contexto organizacional' },
    summary: {
      en: 'The culture, leadership and resources of the organization a community lives in.',
      es: 'La cultura, el liderazgo y los recursos de la organización en la que se desenvuelve una comunidad.',
    },
    signs: [
      {
        en: 'Staff are trusted to use professional judgement.',
        es: 'Se confía en que el personal aplique su criterio profesional.',
      },
      {
        en: 'Leaders support what emerges rather than prescribing it.',
        es: 'Los líderes apoyan lo que surge en lugar de dictarlo de antemano.',
      },
      {
        en: 'Time, space and tools for collaboration are provided.',
        es: 'Se brindan tiempo, espacio y herramientas para colaborar.',
      },
      {
        en: 'The community’s learning is connected to the organization’s goals.',
        es: 'El aprendizaje de la comunidad está conectado con los objetivos de la organización.',
      },
    ],
  },
] as const satisfies readonly FrameworkElement<Localized>[];

export const stageSource = [
  {
    id: 'potential',
    name: { en: 'Potential', es: 'Potencial' },
    summary: {
      en: 'People who share a concern begin to find one another; the network is loose.',
      es: 'Las personas que comparten una inquietud empiezan a encontrarse; la red todavía es difusa.',
    },
    tension: {
      en: 'Is there enough common ground here to start something?',
      es: '¿Hay aquí suficiente terreno común para empezar algo?',
    },
    signs: [
      {
        en: 'Conversations about the shared concern happen informally.',
        es: 'Las conversaciones sobre la inquietud compartida se dan de manera informal.',
      },
      {
        en: 'People are not yet sure who else cares about it.',
        es: 'Las personas aún no saben con certeza a quién más le importa el tema.',
      },
    ],
    support: [
      {
        en: 'Help people find each other and name what they share.',
        es: 'Ayudar a las personas a encontrarse y a nombrar lo que comparten.',
      },
      { en: 'Show what could be gained by meeting.', es: 'Mostrar lo que se podría ganar al reunirse.' },
    ],
    avoid: [
      {
        en: 'Making the group a formal team, with a charter and targets, before people have chosen to meet.',
        es: 'Convertir el grupo en un equipo formal, con estatutos y metas, antes de que las personas hayan decidido reunirse.',
      },
      {
        en: 'Assigning members: a community forms around what people care about.',
        es: 'Asignar miembros: una comunidad se forma en torno a lo que les importa a las personas.',
      },
    ],
    prompts: [
      {
        en: 'Who else cares about this concern, and how could we find them?',
        es: '¿A quién más le importa esta inquietud y cómo podríamos encontrar a esas personas?',
      },
      {
        en: 'What would make a first meeting worth an hour of someone’s week?',
        es: '¿Qué haría que una primera reunión valiera una hora de la semana de alguien?',
      },
    ],
    essay: 'stages-of-development',
  },
  {
    id: 'coalescing',
    name: { en: 'Coalescing', es: 'Unificación' },
    summary: {
      en: 'Members come together, discover the knowledge they already share and start to build trust.',
      es: 'Los miembros se reúnen, descubren el conocimiento que ya comparten y empiezan a generar confianza.',
    },
    tension: {
      en: 'Will meeting be worth our time, and can we trust each other enough to be honest?',
      es: '¿Valdrá la pena el tiempo que dedicamos a reunirnos y podremos confiar lo suficiente unos en otros para hablar con honestidad?',
    },
    signs: [
      {
        en: 'The group meets, but its rhythm is still settling.',
        es: 'El grupo se reúne, pero su ritmo aún se está asentando.',
      },
      {
        en: 'Members are learning what each other knows.',
        es: 'Los miembros están descubriendo lo que sabe cada uno.',
      },
    ],
    support: [
      {
        en: 'Protect time and space to meet, and give the group legitimacy.',
        es: 'Proteger el tiempo y el espacio para reunirse, y dar legitimidad al grupo.',
      },
      {
        en: 'Start with early activities that show value quickly; keep structure light.',
        es: 'Comenzar con actividades que muestren su valor pronto; mantener una estructura ligera.',
      },
    ],
    avoid: [
      {
        en: 'Handing the group a set protocol or rubric for its meetings before it has found its own way.',
        es: 'Entregar al grupo un protocolo o una rúbrica fijos para sus reuniones antes de que haya encontrado su propia forma de trabajar.',
      },
      {
        en: 'Asking for measurable results before members have had time to build trust.',
        es: 'Pedir resultados medibles antes de que los miembros hayan tenido tiempo de generar confianza.',
      },
    ],
    prompts: [
      {
        en: 'What have we already learned from each other that we would not have found alone?',
        es: '¿Qué hemos aprendido ya unos de otros que no habríamos descubierto por nuestra cuenta?',
      },
      {
        en: 'What small thing could we do together this month that members would value?',
        es: '¿Qué pequeña acción podríamos realizar juntos este mes que los miembros valoren?',
      },
      {
        en: 'What helps a new member feel safe saying “I don’t know” here?',
        es: '¿Qué ayuda a que una persona recién llegada se sienta segura de decir “no sé” aquí?',
      },
    ],
    essay: 'stages-of-development',
  },
  {
    id: 'maturing',
    name: { en: 'Maturing', es: 'Maduración' },
    summary: {
      en: 'Trust and routines are in place; the community clarifies its focus, organises its knowledge and grows.',
      es: 'La confianza y las rutinas ya están establecidas; la comunidad precisa su enfoque, organiza su conocimiento y crece.',
    },
    tension: {
      en: 'What is our focus, and who belongs, now that we are growing?',
      es: 'Ahora que estamos creciendo, ¿cuál es nuestro enfoque y quién forma parte?',
    },
    signs: [
      { en: 'Meetings have a familiar rhythm.', es: 'Las reuniones tienen un ritmo conocido.' },
      {
        en: 'The group is deciding what is in and out of its scope.',
        es: 'El grupo está definiendo qué entra y qué queda fuera de su ámbito.',
      },
      {
        en: 'New members are being brought in and mentored.',
        es: 'Se está incorporando a nuevos miembros y se les ofrece mentoría.',
      },
    ],
    support: [
      { en: 'Help clarify the domain and its boundaries.', es: 'Ayudar a precisar el dominio y sus límites.' },
      {
        en: 'Help document and organise what the community knows.',
        es: 'Ayudar a documentar y organizar lo que sabe la comunidad.',
      },
      {
        en: 'Help it absorb new members without losing its footing.',
        es: 'Ayudar a la comunidad a integrar nuevos miembros sin perder su equilibrio.',
      },
    ],
    avoid: [
      {
        en: 'Letting the group grow so fast that newcomers never learn how it works.',
        es: 'Dejar que el grupo crezca tan rápido que las personas recién llegadas nunca lleguen a entender cómo funciona.',
      },
      {
        en: 'Keeping everything in people’s heads when members need to find it again.',
        es: 'Dejar todo en la memoria de las personas cuando los miembros necesitan volver a encontrarlo.',
      },
    ],
    prompts: [
      {
        en: 'Which questions are ours to work on, and which belong to someone else?',
        es: '¿Qué preguntas nos corresponde trabajar a nosotros y cuáles le corresponden a otros?',
      },
      {
        en: 'What do we know now that a new member should be able to find?',
        es: '¿Qué sabemos ahora que un nuevo miembro debería poder encontrar?',
      },
      {
        en: 'How do newer members learn the way we work?',
        es: '¿Cómo aprenden los miembros más nuevos nuestra forma de trabajar?',
      },
    ],
    essay: 'stages-of-development',
  },
  {
    id: 'stewardship',
    name: { en: 'Stewardship', es: 'Custodia' },
    summary: {
      en: 'The community sustains its momentum, looks after its knowledge and looks outward for new ideas.',
      es: 'La comunidad mantiene su impulso, cuida su conocimiento y busca nuevas ideas fuera de sí misma.',
    },
    tension: {
      en: 'How do we stay fresh and open while keeping what makes us work?',
      es: '¿Cómo nos mantenemos renovados y abiertos sin perder lo que nos hace funcionar?',
    },
    signs: [
      {
        en: 'Members ask for the learning and assistance they need.',
        es: 'Los miembros piden la formación y la ayuda que necesitan.',
      },
      {
        en: 'The community connects with other groups and with research.',
        es: 'La comunidad se vincula con otros grupos y con la investigación.',
      },
    ],
    support: [
      {
        en: 'Offer professional learning and technical help just in time, when the community asks.',
        es: 'Ofrecer formación profesional y ayuda técnica en el momento oportuno, cuando la comunidad lo pida.',
      },
      {
        en: 'Broker connections to other communities and sources.',
        es: 'Facilitar conexiones con otras comunidades y fuentes.',
      },
      { en: 'Support renewal so energy does not fade.', es: 'Apoyar la renovación para que la energía no se apague.' },
    ],
    avoid: [
      {
        en: 'Training on a fixed calendar that ignores what the community asks for.',
        es: 'Ofrecer capacitaciones según un calendario fijo que no toma en cuenta lo que pide la comunidad.',
      },
      {
        en: 'Treating the community as finished and taking away its time.',
        es: 'Dar a la comunidad por terminada y quitarle su tiempo.',
      },
    ],
    prompts: [
      {
        en: 'What are we asking for help with right now, and who could give it?',
        es: '¿Con qué estamos pidiendo ayuda en este momento y quién podría dárnosla?',
      },
      {
        en: 'Which group or source outside our community could bring us new ideas?',
        es: '¿Qué grupo o fuente externa a nuestra comunidad podría aportarnos nuevas ideas?',
      },
      {
        en: 'What routine of ours has gone stale, and what could replace it?',
        es: '¿Qué rutina nuestra se ha desgastado y qué podría reemplazarla?',
      },
    ],
    essay: 'stages-of-development',
  },
  {
    id: 'transformation',
    name: { en: 'Transformation', es: 'Transformación' },
    summary: {
      en: 'The community changes radically: it merges, splits, becomes a formal unit or comes to an end.',
      es: 'La comunidad cambia de forma radical: se fusiona, se divide, se convierte en una unidad formal o llega a su fin.',
    },
    tension: {
      en: 'What should become of the community and of what it knows?',
      es: '¿Qué debería pasar con la comunidad y con lo que sabe?',
    },
    signs: [
      {
        en: 'The original purpose has been met or has shifted.',
        es: 'El propósito original se ha cumplido o ha cambiado.',
      },
      {
        en: 'Members are talking about a new form or about closing.',
        es: 'Los miembros hablan de adoptar una nueva forma o de cerrar.',
      },
    ],
    support: [
      {
        en: 'Treat the change, including ending, as a legitimate outcome.',
        es: 'Tratar el cambio, incluido el cierre, como un resultado legítimo.',
      },
      {
        en: 'Capture the community’s legacy so members can carry its knowledge on.',
        es: 'Recoger el legado de la comunidad para que los miembros puedan llevar adelante su conocimiento.',
      },
    ],
    avoid: [
      {
        en: 'Holding on to a group out of habit once its purpose is met.',
        es: 'Mantener un grupo por costumbre una vez cumplido su propósito.',
      },
      {
        en: 'Letting the group end without saving what members learned.',
        es: 'Dejar que el grupo termine sin conservar lo que aprendieron sus miembros.',
      },
    ],
    prompts: [
      {
        en: 'What has this community done that we want to carry on?',
        es: '¿Qué ha hecho esta comunidad que queremos continuar?',
      },
      {
        en: 'Who should keep what we have learned, and in what form?',
        es: '¿Quién debería conservar lo que hemos aprendido y de qué forma?',
      },
      {
        en: 'What new group, if any, should grow out of this one?',
        es: '¿Debería surgir un nuevo grupo a partir de este? Si es así, ¿cuál?',
      },
    ],
    essay: 'stages-of-development',
  },
] as const satisfies readonly Stage<Localized>[];

export const constructSource = [
  {
    id: 'shared-domain',
    name: { en: 'Shared domain', es: 'Dominio compartido' },
    element: 'domain',
    definition: {
      en: 'How clearly members share a concern or purpose, agree why it matters and see the value of pursuing it together.',
      es: 'Qué tan claramente los miembros comparten una inquietud o un propósito, coinciden en por qué es importante y ven el valor de trabajar en ello juntos.',
    },
    prompts: [
      {
        en: 'Could each of us say in one sentence what this community is for? Would our sentences match?',
        es: '¿Podría cada uno de nosotros decir en una frase para qué existe esta comunidad? ¿Coincidirían nuestras frases?',
      },
      {
        en: 'Which question of ours matters most to the people we serve?',
        es: '¿Cuál de nuestras preguntas es la que más importa a las personas a quienes servimos?',
      },
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'community-relationships',
    name: { en: 'Community relationships', es: 'Relaciones en la comunidad' },
    element: 'community',
    definition: {
      en: 'How far members meet regularly, trust one another enough to admit uncertainty, welcome newcomers and connect across roles.',
      es: 'En qué medida los miembros se reúnen con regularidad, confían unos en otros lo suficiente para reconocer sus dudas, dan la bienvenida a las personas recién llegadas y se relacionan más allá de sus roles.',
    },
    prompts: [
      {
        en: 'When did someone here last say “I don’t know”? What happened next?',
        es: '¿Cuándo fue la última vez que alguien aquí dijo “no sé”? ¿Qué pasó después?',
      },
      {
        en: 'How does a newcomer find out how to take part?',
        es: '¿Cómo descubre una persona recién llegada la manera de participar?',
      },
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'shared-practice',
    name: { en: 'Shared practice', es: 'Práctica compartida' },
    element: 'practice',
    definition: {
      en: 'How far members share and compare their work, inquire into it together, and keep a record of what they learn.',
      es: 'En qué medida los miembros comparten y comparan su trabajo, indagan juntos sobre él y llevan un registro de lo que aprenden.',
    },
    prompts: [
      {
        en: 'When did we last look at real work together, such as a lesson plan or a case?',
        es: '¿Cuándo fue la última vez que analizamos juntos trabajo real, como una planificación de clase o un caso?',
      },
      {
        en: 'Where would a member find what we learned last term?',
        es: '¿Dónde encontraría un miembro lo que aprendimos el período pasado?',
      },
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'agency-and-reach',
    name: { en: 'Agency and outward reach', es: 'Iniciativa y apertura hacia fuera' },
    element: 'agency',
    definition: {
      en: 'How far the community sets its own learning agenda and reaches beyond itself for research, expertise and other communities.',
      es: 'En qué medida la comunidad define su propia agenda de aprendizaje y busca más allá de sí misma investigaciones, conocimiento experto y otras comunidades.',
    },
    prompts: [
      {
        en: 'Who chose what we are learning this term: us or someone else?',
        es: '¿Quién eligió lo que estamos aprendiendo este período: nosotros u otra persona?',
      },
      {
        en: 'Who outside our community knows something we need?',
        es: '¿Quién fuera de nuestra comunidad sabe algo que necesitamos?',
      },
    ],
    essay: 'participation-beyond-buy-in',
  },
  {
    id: 'collective-efficacy',
    name: { en: 'Collective efficacy', es: 'Eficacia colectiva' },
    element: 'community',
    definition: {
      en: 'How far members believe that, together, they can solve hard problems in their work and make a difference for the people they serve.',
      es: 'En qué medida los miembros creen que, juntos, pueden resolver problemas difíciles de su trabajo y marcar una diferencia para las personas a quienes sirven.',
    },
    prompts: [
      {
        en: 'What hard problem have we solved together? What made it possible?',
        es: '¿Qué problema difícil hemos resuelto juntos? ¿Qué lo hizo posible?',
      },
      {
        en: 'Which problem do we think is too big for us? Is it?',
        es: '¿Qué problema creemos que nos queda demasiado grande? ¿Es realmente así?',
      },
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'value-creation',
    name: { en: 'Value created', es: 'Valor creado' },
    element: 'practice',
    definition: {
      en: 'How far taking part creates value of each kind Wenger, Trayner and de Laat (2011) describe: immediate, potential, applied, realised and reframing.',
      es: 'En qué medida la participación crea cada tipo de valor que describen Wenger, Trayner y de Laat (2011): inmediato, potencial, aplicado, realizado y de replanteamiento.',
    },
    prompts: [
      {
        en: 'What did a member do differently last month because of this community?',
        es: '¿Qué hizo de manera diferente algún miembro el mes pasado gracias a esta comunidad?',
      },
      {
        en: 'What difference has that made for the people we serve, and how do we know?',
        es: '¿Qué diferencia ha supuesto eso para las personas a quienes servimos, y cómo lo sabemos?',
      },
      {
        en: 'Has this community changed what we count as success?',
        es: '¿Ha cambiado esta comunidad lo que consideramos un éxito?',
      },
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'professional-orientation',
    name: { en: 'Professional orientation', es: 'Orientación profesional' },
    element: 'organization',
    definition: {
      en: 'Whether staff are treated as professionals who exercise judgement rather than as executors of procedure.',
      es: 'Si se trata al personal como profesionales que ejercen su propio criterio y no como simples ejecutores de procedimientos.',
    },
    prompts: [
      {
        en: 'Where in our work do we get to use our own judgement, and where not?',
        es: '¿En qué partes de nuestro trabajo podemos aplicar nuestro propio criterio y en cuáles no?',
      },
      {
        en: 'Which rule or procedure gets most in the way of good work?',
        es: '¿Qué norma o procedimiento obstaculiza más el buen trabajo?',
      },
    ],
    firstMoves: [
      {
        en: 'Ask staff which procedure they would drop or change, and act on one answer.',
        es: 'Preguntar al personal qué procedimiento eliminaría o cambiaría, y actuar a partir de una de las respuestas.',
      },
      {
        en: 'Let one group adapt a required method and report back on what happened.',
        es: 'Permitir que un grupo adapte un método obligatorio y luego informe qué sucedió.',
      },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'room-for-emergence',
    name: { en: 'Room for emergence', es: 'Espacio para lo emergente' },
    element: 'organization',
    definition: {
      en: 'Whether groups may develop their own goals and ways of working instead of following a set protocol.',
      es: 'Si los grupos pueden desarrollar sus propios objetivos y formas de trabajar en lugar de seguir un protocolo fijo.',
    },
    prompts: [
      {
        en: 'Who sets our group’s goals, and could we change them if we learned something new?',
        es: '¿Quién fija los objetivos de nuestro grupo y podríamos cambiarlos si aprendiéramos algo nuevo?',
      },
      {
        en: 'What format are we asked to follow, and does it help us?',
        es: '¿Qué formato se nos pide seguir y nos resulta útil?',
      },
    ],
    firstMoves: [
      {
        en: 'Let groups set one of their own learning goals this term.',
        es: 'Permitir que los grupos fijen uno de sus propios objetivos de aprendizaje este período.',
      },
      {
        en: 'Make meeting templates optional and ask groups what helps.',
        es: 'Hacer que las plantillas de reunión sean opcionales y preguntar a los grupos qué les resulta útil.',
      },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'dialogue-across-boundaries',
    name: { en: 'Dialogue across boundaries', es: 'Diálogo más allá de las fronteras' },
    element: 'organization',
    definition: {
      en: 'Whether serious conversation about the work crosses roles, departments, ranks and sites.',
      es: 'Si las conversaciones serias sobre el trabajo atraviesan roles, departamentos, niveles jerárquicos y sedes.',
    },
    prompts: [
      {
        en: 'Who outside our team do we never talk to about the work? What might they know?',
        es: '¿Con quién de fuera de nuestro equipo nunca hablamos sobre el trabajo? ¿Qué podrían saber esas personas?',
      },
      {
        en: 'Where could people from different roles meet to talk about a real problem?',
        es: '¿Dónde podrían reunirse personas con distintos roles para hablar de un problema real?',
      },
    ],
    firstMoves: [
      {
        en: 'Hold one open meeting on a real problem, with people from different roles and teams.',
        es: 'Organizar una reunión abierta sobre un problema real, con personas de distintos roles y equipos.',
      },
      {
        en: 'Pair staff across teams to visit each other’s work.',
        es: 'Formar parejas entre equipos para que cada persona conozca de cerca el trabajo de la otra.',
      },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'mutual-adjustment',
    name: { en: 'Mutual adjustment', es: 'Ajuste mutuo' },
    element: 'organization',
    definition: {
      en: 'Whether work is coordinated by colleagues adjusting to one another rather than by command and compliance.',
      es: 'Si el trabajo se coordina entre colegas que se adaptan unos a otros, en lugar de mediante órdenes y acatamiento.',
    },
    prompts: [
      {
        en: 'When two plans clash, who sorts it out, and how?',
        es: 'Cuando dos planes chocan, ¿quién lo resuelve y cómo?',
      },
      {
        en: 'What would change if teams agreed more things directly with each other?',
        es: '¿Qué cambiaría si los equipos acordaran más cosas directamente entre sí?',
      },
    ],
    firstMoves: [
      {
        en: 'Let two teams whose work overlaps agree their own way of working together.',
        es: 'Permitir que dos equipos cuyo trabajo se superpone acuerden su propia forma de colaborar.',
      },
      {
        en: 'When plans clash, bring the people involved together before a decision is passed down.',
        es: 'Cuando los planes choquen, reunir a las personas involucradas antes de que se imponga una decisión desde arriba.',
      },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'championing-leadership',
    name: { en: 'Leadership that champions', es: 'Liderazgo que impulsa' },
    element: 'organization',
    definition: {
      en: 'Whether leaders involve people early, notice and support a vision emerging from staff, and reflect on their own practice.',
      es: 'Si los líderes involucran a las personas desde el principio, reconocen y apoyan una visión que surge del personal, y reflexionan sobre su propia práctica.',
    },
    prompts: [
      {
        en: 'When did leaders last ask for our ideas before a plan was set?',
        es: '¿Cuándo fue la última vez que los líderes pidieron nuestras ideas antes de definir un plan?',
      },
      {
        en: 'What idea that began with staff have leaders backed?',
        es: '¿Qué idea surgida del personal han respaldado los líderes?',
      },
    ],
    firstMoves: [
      {
        en: 'Before the next plan is written, ask staff what they would want from it.',
        es: 'Antes de redactar el próximo plan, preguntar al personal qué esperaría de él.',
      },
      {
        en: 'Have leaders say in public what a group taught them.',
        es: 'Pedir a los líderes que digan en público lo que un grupo les enseñó.',
      },
    ],
    essay: 'participation-beyond-buy-in',
  },
  {
    id: 'permeable-membership',
    name: { en: 'Permeable membership', es: 'Membresía abierta' },
    element: 'organization',
    definition: {
      en: 'Whether membership that crosses formal teams and roles is recognised and valued.',
      es: 'Si se reconoce y valora la membresía que atraviesa equipos y roles formales.',
    },
    prompts: [
      {
        en: 'Could someone from another team or role join us? What would stop them?',
        es: '¿Podría unirse a nosotros alguien de otro equipo o con otro rol? ¿Qué se lo impediría?',
      },
      {
        en: 'Does time spent in a group like ours count as real work here?',
        es: '¿El tiempo dedicado a un grupo como el nuestro se considera trabajo real aquí?',
      },
    ],
    firstMoves: [
      {
        en: 'Say openly that staff may join a group outside their own team.',
        es: 'Decir abiertamente que el personal puede unirse a un grupo fuera de su propio equipo.',
      },
      {
        en: 'Count time in cross-team groups as part of the working week.',
        es: 'Contar el tiempo en grupos formados por varios equipos como parte de la semana laboral.',
      },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'time-space-resources',
    name: { en: 'Time, space and resources', es: 'Tiempo, espacio y recursos' },
    element: 'organization',
    definition: {
      en: 'Whether collaboration is given real time, places and resources instead of being added on top of other work.',
      es: 'Si la colaboración cuenta con tiempo, lugares y recursos reales en lugar de sumarse como una carga más al resto del trabajo.',
    },
    prompts: [
      {
        en: 'When in the week do we actually meet, and what do we give up to do it?',
        es: '¿En qué momento de la semana nos reunimos realmente y a qué renunciamos para hacerlo?',
      },
      {
        en: 'What one resource would make our time together more useful?',
        es: '¿Qué recurso en particular haría más provechoso nuestro tiempo juntos?',
      },
    ],
    firstMoves: [
      {
        en: 'Set aside one regular, protected hour for groups to meet.',
        es: 'Reservar una hora fija y protegida para que los grupos se reúnan.',
      },
      {
        en: 'Give groups a place to meet and a small budget they control.',
        es: 'Dar a los grupos un lugar para reunirse y un pequeño presupuesto que ellos mismos administren.',
      },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'responsive-support',
    name: { en: 'Responsive support', es: 'Apoyo receptivo' },
    element: 'organization',
    definition: {
      en: 'Whether professional learning and technical help arrive when a community asks for them, not on a fixed calendar.',
      es: 'Si la formación profesional y la ayuda técnica llegan cuando la comunidad las pide, y no según un calendario fijo.',
    },
    prompts: [
      {
        en: 'The last time we needed help, how long did it take to arrive?',
        es: 'La última vez que necesitamos ayuda, ¿cuánto tardó en llegar?',
      },
      { en: 'What training are we given that no one asked for?', es: '¿Qué capacitaciones recibimos que nadie pidió?' },
    ],
    firstMoves: [
      {
        en: 'Ask each group what help it needs next and offer it within weeks, not terms.',
        es: 'Preguntar a cada grupo qué ayuda necesita a continuación y ofrecerla en cuestión de semanas, no de períodos enteros.',
      },
      {
        en: 'Keep part of the training budget for requests from groups.',
        es: 'Reservar parte del presupuesto de formación para las solicitudes de los grupos.',
      },
    ],
    essay: 'coaching-and-just-in-time-support',
  },
  {
    id: 'freedom-from-competing-mandates',
    name: { en: 'Freedom from competing mandates', es: 'Libertad frente a mandatos en competencia' },
    element: 'organization',
    definition: {
      en: 'How little mandated training and external requirements crowd out the time and attention communities need. Higher means fewer competing demands.',
      es: 'Qué tan poco desplazan la formación obligatoria y los requisitos externos el tiempo y la atención que necesitan las comunidades. Un puntaje más alto indica menos exigencias en competencia.',
    },
    prompts: [
      {
        en: 'Which outside demands take time away from our group this term?',
        es: '¿Qué exigencias externas le quitan tiempo a nuestro grupo este período?',
      },
      {
        en: 'What could be dropped or delayed to give the group room?',
        es: '¿Qué se podría eliminar o posponer para darle margen al grupo?',
      },
    ],
    firstMoves: [
      {
        en: 'List the training and requirements staff face this term and drop or delay one.',
        es: 'Enumerar las capacitaciones y los requisitos que enfrenta el personal este período, y eliminar o posponer uno.',
      },
      {
        en: 'Protect group time from new demands for a set period.',
        es: 'Proteger el tiempo del grupo frente a nuevas exigencias durante un período determinado.',
      },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'coaching',
    name: { en: 'Coaching', es: 'Acompañamiento (coaching)' },
    element: 'organization',
    definition: {
      en: 'Whether coaches help leaders reflect and help communities reconcile outside expectations with their own sense of need.',
      es: 'Si los coaches ayudan a los líderes a reflexionar y a las comunidades a conciliar las expectativas externas con lo que ellas mismas consideran necesario.',
    },
    prompts: [
      {
        en: 'How does a coach help us now, and what would we want from one?',
        es: '¿Cómo nos ayuda hoy un coach y qué querríamos de uno?',
      },
      {
        en: 'Who helps us make sense of what leaders expect?',
        es: '¿Quién nos ayuda a entender lo que esperan los líderes?',
      },
    ],
    firstMoves: [
      {
        en: 'Tell groups how to ask for a coach, and make the first request easy.',
        es: 'Explicar a los grupos cómo solicitar un coach y facilitar la primera solicitud.',
      },
      {
        en: 'Ask coaches to help groups turn outside demands into questions of their own.',
        es: 'Pedir a los coaches que ayuden a los grupos a convertir las exigencias externas en preguntas propias.',
      },
    ],
    essay: 'coaching-and-just-in-time-support',
  },
  {
    id: 'knowledge-infrastructure',
    name: { en: 'Knowledge-sharing infrastructure', es: 'Infraestructura para compartir conocimiento' },
    element: 'organization',
    definition: {
      en: 'Whether systems and habits make it easy to share practice and to find what colleagues know.',
      es: 'Si los sistemas y los hábitos facilitan compartir la práctica y encontrar lo que saben los colegas.',
    },
    prompts: [
      {
        en: 'Where do we keep what we learn, and can others find it?',
        es: '¿Dónde guardamos lo que aprendemos y pueden encontrarlo otras personas?',
      },
      {
        en: 'What did we have to work out again because no one could find it?',
        es: '¿Qué tuvimos que volver a resolver porque nadie lograba encontrarlo?',
      },
    ],
    firstMoves: [
      {
        en: 'Pick one shared place for groups’ notes and materials, and show staff where it is.',
        es: 'Elegir un único lugar compartido para las notas y los materiales de los grupos, y mostrar al personal dónde está.',
      },
      {
        en: 'Ask each group to leave one short note on what worked, where others can find it.',
        es: 'Pedir a cada grupo que deje una nota breve sobre lo que funcionó, en un lugar donde otros puedan encontrarla.',
      },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'integration',
    name: { en: 'Integration with the organization', es: 'Integración con la organización' },
    element: 'organization',
    definition: {
      en: 'Whether what communities learn is connected to the organization’s strategy and valued by it.',
      es: 'Si lo que aprenden las comunidades está conectado con la estrategia de la organización y es valorado por ella.',
    },
    prompts: [
      {
        en: 'What have our groups learned that leaders have used?',
        es: '¿Qué han aprendido nuestros grupos que los líderes hayan utilizado?',
      },
      {
        en: 'How would we know if our group’s learning made a difference to our goals?',
        es: '¿Cómo sabríamos si el aprendizaje de nuestro grupo marcó una diferencia en nuestros objetivos?',
      },
    ],
    firstMoves: [
      {
        en: 'Ask groups to share one thing they learned when plans are being made.',
        es: 'Pedir a los grupos que, cuando se estén elaborando planes, compartan algo que hayan aprendido.',
      },
      {
        en: 'Link one group’s question to a goal the organization already has.',
        es: 'Vincular la pregunta de un grupo con un objetivo que la organización ya tenga.',
      },
    ],
    essay: 'communities-inside-organizations',
  },
] as const satisfies readonly Construct<Localized>[];

/**
 * Wheatley (2006): people make meaning and commitment where identity, information and relationships meet.
 * Each condition is carried by the elements the instruments measure.
 */
export const wheatleyConditionSource = [
  {
    id: 'identity',
    name: { en: 'Identity', es: 'Identidad' },
    summary: {
      en: 'Who we are and what we care about: the shared concern that tells members why they belong.',
      es: 'Quiénes somos y qué nos importa: la inquietud compartida que les dice a los miembros por qué forman parte.',
    },
    elements: ['domain'],
  },
  {
    id: 'information',
    name: { en: 'Information', es: 'Información' },
    summary: {
      en: 'What flows between members: the stories, tools and new knowledge of their shared practice.',
      es: 'Lo que circula entre los miembros: las historias, las herramientas y el nuevo conocimiento de su práctica compartida.',
    },
    elements: ['practice'],
  },
  {
    id: 'relationships',
    name: { en: 'Relationships', es: 'Relaciones' },
    summary: {
      en: 'Who is connected to whom: the trust and contact that let members learn from one another.',
      es: 'Quién está conectado con quién: la confianza y el contacto que permiten a los miembros aprender unos de otros.',
    },
    elements: ['community'],
  },
] as const satisfies readonly WheatleyCondition<Localized>[];

export const elements = inLanguage(elementSource, 'en');
export const stages = inLanguage(stageSource, 'en');
export const constructs = inLanguage(constructSource, 'en');
export const wheatleyConditions = inLanguage(wheatleyConditionSource, 'en');

export type ConstructId = (typeof constructSource)[number]['id'];

export const elementIds = elements.map((element) => element.id);
export const stageIds = stages.map((stage) => stage.id);
export const constructIds = constructs.map((construct) => construct.id);

function lookUp<T extends { id: string }>(kind: string, list: readonly T[], id: string): T {
  const found = list.find((entry) => entry.id === id);
  if (!found) throw new Error(`Unknown ${kind} id "${id}". Known ${kind} ids: ${list.map((e) => e.id).join(', ')}.`);
  return found;
}

export const findConstruct = (id: string): Construct => lookUp('construct', constructs, id);
export const findStage = (id: string): Stage => lookUp('stage', stages, id);
export const findElement = (id: string): FrameworkElement => lookUp('element', elements, id);
