import { catalogue } from './catalogue.ts';
import { SESSION_PROBLEM_WORDS } from '../instruments/session-request.ts';
import { valueProblemMessages } from './instrument-page.ts';

/** The link builder's page and form (what its scripts say is in linkScriptMessages). */
export const linkBuilderMessages = catalogue(
  {
    pageTitle: 'Link builder',
    pageDescription:
      'Make survey links for a Cultivate instrument with the community, site, wave or respondent code filled in: copy a link, download its QR code, or make a CSV of personal links and a printable sheet of QR codes.',
    lead: 'Make the link you send to respondents, with the details their answers should carry: the community, the site, the round of data collection and a respondent code.',
    rules:
      "Every detail is optional and is checked exactly as the survey page checks it: letters, digits and spaces, with a few joining marks (`. _ ' ’ - –`) in names, and only letters, digits and `. _ -` in waves and codes. A value that is not accepted is left out of the link until it is corrected. Respondents see these details before they start, and they are sent with every response.",
    privacy:
      'To give each respondent a personal link, use a list of respondent codes rather than names. Everything here is made in your browser: the links, QR codes, CSV files and lists you paste or open never leave this device.',
    noScript:
      'The link builder runs in your browser and needs JavaScript. Without it you can still write a link by hand, for example `{example}`.',
    oneLink: 'One link',
    instrument: 'Instrument',
    surveyLanguage: 'Survey language',
    surveyLanguageNote: 'The link opens the survey in this language.',
    /** Leaves the word "survey" to the Survey field, so that field's name stays unambiguous. */
    teamLinkLanguage: 'Language of the team’s link',
    teamLinkLanguageNote:
      'The team’s link opens the survey in this language, and the facilitator link opens the team view in it.',
    details: 'Details the link carries',
    detailsNote: 'All optional: leave a field empty to leave it out of the link.',
    link: 'Link',
    leftOut: 'Fields with a problem are left out of the link until they are corrected.',
    copyLink: 'Copy link',
    downloadQr: 'Download QR code (SVG)',
    batchHeading: 'Many personal links',
    batchIntro:
      'Make one link per respondent code or per community, each for the instrument chosen above and carrying the other details filled in there. Download them as a CSV to merge into your mailing, or print a sheet of QR codes to hand out.',
    varying: 'What changes from link to link',
    listHint: 'Paste a column from a spreadsheet, or open a file below. Blank lines are ignored.',
    fileLabel: 'Or open a list from a file',
    fileHint:
      'A .txt file with one value per line, or a .csv file whose first column holds the values. It is read on this device and is not uploaded anywhere.',
    downloadCsv: 'Download CSV of links',
    printSheet: 'Print QR sheet',
    sessionHeading: 'Team session',
    sessionIntro:
      'For a facilitator running a Cultivate collector: a team session gathers one community’s answers to one survey, and its facilitator sees only the group’s combined answers, and nothing but how many have answered until the smallest number below is reached. Creating one gives the link to send to the team and a private link to the team view.',
    sessionPolicy:
      'The read token is sent only to the collector, in a request header, and is not kept once you leave the page. This page may talk to this site’s own address; its security policy blocks any other.',
    sessionPolicyCollector:
      'The read token is sent only to the collector, in a request header, and is not kept once you leave the page. This page may talk to this site’s own address and to {collector}, where this site sends responses; its security policy blocks any other.',
    collectorAddress: 'Collector address',
    collectorAddressHint:
      'The collector’s own address (e.g. https://collector.example.org), or the address this site sends responses to.',
    readToken: 'Read token',
    survey: 'Survey',
    community: 'Community',
    communityHint: 'The team’s name, as the survey’s statements will name it. Checked as the survey page checks it.',
    smallestNumber: 'Smallest number shown',
    smallestNumberHint:
      'The team view shows nothing but the count until this many have answered (at least {min}), so no one’s answers can be picked out.',
    createSession: 'Create team session',
    sessionCreated: 'Team session created',
    teamLink: 'Link for the team',
    copyTeamLink: 'Copy team link',
    downloadTeamQr: 'Download team link QR code (SVG)',
    facilitatorLink: 'Facilitator link (private)',
    facilitatorWarning:
      'Keep this link private: anyone with it sees the team’s summary and can close or delete the session.',
    copyFacilitatorLink: 'Copy facilitator link',
    sheetHeading: 'QR codes',
  },
  {
    es: {
      pageTitle: 'Generador de enlaces',
      pageDescription:
        'Cree enlaces a una encuesta de Cultivate con la comunidad, el sitio, la ronda o el código de participante ya incluidos: copie un enlace, descargue su código QR o prepare un CSV de enlaces personales y una hoja de códigos QR para imprimir.',
      lead: 'Cree el enlace que enviará a las personas que responden, con los datos que deben acompañar sus respuestas: la comunidad, el sitio, la ronda de recolección de datos y un código de participante.',
      rules:
        "Todos los datos son opcionales y se revisan igual que en la página de la encuesta: letras, dígitos y espacios, con algunos signos de unión (`. _ ' ’ - –`) en los nombres, y solo letras, dígitos y `. _ -` en rondas y códigos. Un valor no aceptado queda fuera del enlace hasta que se corrija. Las personas que responden ven estos datos antes de empezar, y se envían con cada respuesta.",
      privacy:
        'Para dar a cada persona un enlace personal, use una lista de códigos de participante en lugar de nombres. Todo se hace en su navegador: los enlaces, los códigos QR, los archivos CSV y las listas que pegue o abra nunca salen de este dispositivo.',
      noScript:
        'El generador de enlaces funciona en su navegador y necesita JavaScript. Sin él, puede escribir un enlace a mano, por ejemplo `{example}`.',
      oneLink: 'Un enlace',
      instrument: 'Instrumento',
      surveyLanguage: 'Idioma de la encuesta',
      surveyLanguageNote: 'El enlace abre la encuesta en este idioma.',
      teamLinkLanguage: 'Idioma del enlace del equipo',
      teamLinkLanguageNote:
        'El enlace del equipo abre la encuesta en este idioma, y el enlace de la persona que facilita abre en él la vista del equipo.',
      details: 'Datos que lleva el enlace',
      detailsNote: 'Todos son opcionales: deje un campo vacío para que no entre en el enlace.',
      link: 'Enlace',
      leftOut: 'Los campos con un problema quedan fuera del enlace hasta que se corrijan.',
      copyLink: 'Copiar enlace',
      downloadQr: 'Descargar código QR (SVG)',
      batchHeading: 'Muchos enlaces personales',
      batchIntro:
        'Cree un enlace por cada código de participante o por cada comunidad, todos para el instrumento elegido arriba y con los demás datos que escribió allí. Descárguelos como CSV para combinarlos con su correo, o imprima una hoja de códigos QR para repartir.',
      varying: 'Qué cambia de un enlace a otro',
      listHint:
        'Pegue una columna de una hoja de cálculo, o abra un archivo más abajo. Las líneas en blanco no se tienen en cuenta.',
      fileLabel: 'O abra una lista desde un archivo',
      fileHint:
        'Un archivo .txt con un valor por línea, o un archivo .csv con los valores en la primera columna. Se lee en este dispositivo y no se sube a ninguna parte.',
      downloadCsv: 'Descargar CSV de enlaces',
      printSheet: 'Imprimir hoja de códigos QR',
      sessionHeading: 'Sesión de equipo',
      sessionIntro:
        'Para quien facilita con un recolector de Cultivate: una sesión de equipo reúne las respuestas de una comunidad a una encuesta, y la persona que facilita ve solo las respuestas combinadas del grupo, y nada más que cuántas personas han respondido hasta alcanzar el número mínimo indicado abajo. Al crearla se obtienen el enlace para el equipo y un enlace privado a la vista del equipo.',
      sessionPolicy:
        'La clave de lectura se envía solo al recolector, en un encabezado de la solicitud, y no se guarda cuando sale de la página. Esta página puede comunicarse con la dirección de este sitio; su política de seguridad bloquea cualquier otra.',
      sessionPolicyCollector:
        'La clave de lectura se envía solo al recolector, en un encabezado de la solicitud, y no se guarda cuando sale de la página. Esta página puede comunicarse con la dirección de este sitio y con {collector}, adonde este sitio envía las respuestas; su política de seguridad bloquea cualquier otra.',
      collectorAddress: 'Dirección del recolector',
      collectorAddressHint:
        'La dirección del propio recolector (por ejemplo, https://collector.example.org), o la dirección a la que este sitio envía las respuestas.',
      readToken: 'Clave de lectura',
      survey: 'Encuesta',
      community: 'Comunidad',
      communityHint:
        'El nombre del equipo, tal como lo nombrarán las afirmaciones de la encuesta. Se revisa igual que en la página de la encuesta.',
      smallestNumber: 'Número mínimo de respuestas',
      smallestNumberHint:
        'La vista del equipo muestra solo el recuento hasta que respondan al menos estas personas (como mínimo {min}), para que no se puedan identificar las respuestas de nadie.',
      createSession: 'Crear sesión de equipo',
      sessionCreated: 'Sesión de equipo creada',
      teamLink: 'Enlace para el equipo',
      copyTeamLink: 'Copiar enlace del equipo',
      downloadTeamQr: 'Descargar código QR del enlace del equipo (SVG)',
      facilitatorLink: 'Enlace de la persona que facilita (privado)',
      facilitatorWarning:
        'Mantenga este enlace en privado: cualquier persona que lo tenga ve el resumen del equipo y puede cerrar o eliminar la sesión.',
      copyFacilitatorLink: 'Copiar enlace de la persona que facilita',
      sheetHeading: 'Códigos QR',
    },
  },
);

/**
 * What the link builder's scripts say, filled in the browser: the component hands these, in the page's
 * language, to the element, so the browser loads no catalogue. They include the words for a refused value and
 * a team session that was not created, whose English is the checks' own.
 */
export const linkScriptMessages = catalogue(
  {
    ...SESSION_PROBLEM_WORDS,
    listLabel: 'One value per line',
    parameterHint: '{description} Up to {maxLength} characters.',
    fieldProblem: '{label} {problem}.',
    qrLabel: 'QR code for {link}',
    cardQrLabel: 'QR code for {label} {value}',
    cardValue: '{label}: {value}',
    copied: 'Copied.',
    copyRefused:
      'This browser did not let the page copy. The link is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.',
    lineHeading: 'Line {line}: {value} looks like a column heading, so it was skipped.',
    lineProblem: 'Line {line}: {value} {problem}, so it was left out.',
    lineRepeated: 'Line {line}: {value} repeats line {first}; both get the same link.',
    moreReports: '… and {count} more.',
    detail: '{label}: {value}',
    listOf: 'One {label} per line',
    carried: 'Every link also carries {details}.',
    carriedNothing: 'No other details are filled in above, so each link carries only its value from the list.',
    formValueUnused: 'The {label} filled in above is not used: each link takes its own from the list.',
    readyOne: '{count} link ready.',
    readyOther: '{count} links ready.',
    invalidOne: '{count} line has a problem and was left out.',
    invalidOther: '{count} lines have problems and were left out.',
    repeatedOne: '{count} line repeats an earlier one.',
    repeatedOther: '{count} lines repeat earlier ones.',
    listEmpty: 'The list is empty: paste or open a list of values first.',
    listUnusable: 'No line of the list can be used: see the problems listed.',
    linkColumn: 'link',
    sheetTitle: '{title}: personal links',
    sheetLinksOne: '{count} link.',
    sheetLinksOther: '{count} links.',
    sheetLinksWithOne: '{count} link, all with {details}.',
    sheetLinksWithOther: '{count} links, all with {details}.',
    sheetScan: 'Scan a code with a phone camera, or type the link below it.',
    sheetReady: 'The sheet of QR codes is below the list, ready to print.',
    fileReadOne: 'Read {count} value from {file}.',
    fileReadOther: 'Read {count} values from {file}.',
    fileUnreadable: '{file} could not be read. Is it a text or CSV file?',
    creatingSession: 'Creating the team session…',
    sessionFailed: 'The team session could not be created: the page met an unexpected error.',
    sessionSummary:
      'A team session for {community} on “{title}”. Send the team link to its members; the team view shows the group’s answers once {min} have answered.',
    sessionCreatedFor: 'Team session created for {community}.',
  },
  {
    es: {
      ...valueProblemMessages.es,
      sessionAddressMissing: 'Escriba la dirección del recolector.',
      sessionAddressNotUrl:
        'La dirección del recolector “{address}” no es una URL (por ejemplo, https://collector.example.org).',
      sessionAddressScheme: 'La dirección del recolector debe empezar por https:// o http://, no por {protocol}',
      sessionAddressCredentials:
        'La dirección del recolector no debe llevar nombre de usuario ni contraseña; el token se indica aparte.',
      sessionTokenMissing: 'Escriba el token de lectura del recolector.',
      sessionNoCommunity:
        'Los enlaces de este instrumento no llevan una comunidad, así que no se puede usar para una sesión de equipo.',
      sessionCommunityMissing: 'Complete el campo “{label}”.',
      sessionCommunityInvalid: '{label}: {problem}.',
      sessionMinResponses:
        'El número mínimo de respuestas debe ser un número entero de {min} a {max}: con menos de {min}, las respuestas de una persona podrían distinguirse de las del grupo.',
      sessionTokenRefused:
        'El recolector no aceptó el token de lectura. Revise COLLECTOR_TOKEN (o data/collector-token, junto a su base de datos).',
      sessionCollectorAnswered: 'El recolector respondió {status}.',
      sessionNotCollector: '¿Es esta la dirección de un recolector de Cultivate que guarda sesiones de equipo?',
      sessionNotASession:
        '{origin} respondió, pero no con la sesión de equipo solicitada. ¿Es esta la dirección de un recolector de Cultivate?',
      sessionOriginNotAllowed:
        'Esta página solo puede comunicarse con {allowed} (por su política de seguridad), no con {origin}. Abra el generador de enlaces en la propia dirección del recolector.',
      sessionUnreachable: 'No se pudo contactar con el recolector en {origin}.',
      listLabel: 'Un valor por línea',
      parameterHint: '{description} Hasta {maxLength} caracteres.',
      fieldProblem: '{label}: {problem}.',
      qrLabel: 'Código QR de {link}',
      cardQrLabel: 'Código QR de {label} {value}',
      cardValue: '{label}: {value}',
      copied: 'Copiado.',
      copyRefused:
        'Este navegador no permitió que la página copiara. El enlace está seleccionado: presione Ctrl+C (o ⌘C en una Mac) para copiarlo.',
      lineHeading: 'Línea {line}: {value} parece el título de una columna, así que se omitió.',
      lineProblem: 'Línea {line}: {value} quedó fuera porque {problem}.',
      lineRepeated: 'Línea {line}: {value} repite la línea {first}; las dos reciben el mismo enlace.',
      moreReports: '… y {count} más.',
      detail: '{label}: {value}',
      listOf: 'Una línea por cada {label}',
      carried: 'Cada enlace lleva además {details}.',
      carriedNothing: 'No hay otros datos escritos arriba, así que cada enlace lleva solo su valor de la lista.',
      formValueUnused: 'El valor de {label} escrito arriba no se usa: cada enlace toma el suyo de la lista.',
      readyOne: '{count} enlace listo.',
      readyOther: '{count} enlaces listos.',
      invalidOne: '{count} línea tiene un problema y quedó fuera.',
      invalidOther: '{count} líneas tienen problemas y quedaron fuera.',
      repeatedOne: '{count} línea repite una anterior.',
      repeatedOther: '{count} líneas repiten otras anteriores.',
      listEmpty: 'La lista está vacía: primero pegue o abra una lista de valores.',
      listUnusable: 'No se puede usar ninguna línea de la lista: vea los problemas indicados.',
      linkColumn: 'enlace',
      sheetTitle: '{title}: enlaces personales',
      sheetLinksOne: '{count} enlace.',
      sheetLinksOther: '{count} enlaces.',
      sheetLinksWithOne: '{count} enlace, con {details}.',
      sheetLinksWithOther: '{count} enlaces, todos con {details}.',
      sheetScan: 'Escanee un código con la cámara de un teléfono, o escriba el enlace que aparece debajo.',
      sheetReady: 'La hoja de códigos QR está debajo de la lista, lista para imprimir.',
      fileReadOne: 'Se leyó {count} valor de {file}.',
      fileReadOther: 'Se leyeron {count} valores de {file}.',
      fileUnreadable: 'No se pudo leer {file}. ¿Es un archivo de texto o CSV?',
      creatingSession: 'Creando la sesión de equipo…',
      sessionFailed: 'No se pudo crear la sesión de equipo: la página encontró un error inesperado.',
      sessionSummary:
        'Una sesión de equipo para {community} en “{title}”. Envíe el enlace del equipo a sus integrantes; la vista del equipo muestra las respuestas del grupo cuando hayan respondido {min} personas.',
      sessionCreatedFor: 'Sesión de equipo creada para {community}.',
    },
  },
);

export type LinkScriptMessages = (typeof linkScriptMessages)['en'];

/**
 * The researchers' landing page. Its paragraphs carry a little inline markup, kept inside each whole sentence
 * so translations can move it: `code`, *emphasis*, _a cited title_ and [link text]({name}), where `name` is the link's address
 * (see inlineHtml).
 */
export const researchersMessages = catalogue(
  {
    title: 'For researchers',
    description:
      "How to distribute Cultivate's instruments by link, what a response contains, consent and ethics, versions and content hashes, citing an instrument, and analysing responses privately.",
    lead: "Everything here runs in your browser or from the project's scripts: no response data leaves your machine unless you send it to your own endpoint.",
    tools: 'Tools',
    linkBuilder: 'Link builder',
    linkBuilderAbout: 'Make distribution links and QR codes, one at a time or in batches of respondent codes.',
    analysis: 'Analysis',
    analysisAbout:
      'Drop response files to score them, compare groups and check reliability, privately in your browser.',
    instruments: 'Instruments and codebooks',
    instrumentsAbout: 'Every instrument, with codebooks, SurveyJS definitions and paper versions.',
    authoring: 'Adapting or adding an instrument',
    authoringAbout: 'Change an instrument under a new version, or start a new one, and read what each check reports.',
    endpointHeading: '1. Decide where responses go',
    endpointBody:
      "A copy of this site sends each completed response to one address, its *endpoint*, set when the site is built (`PUBLIC_RESPONSE_ENDPOINT`; see the project's README for examples, including a Google Apps Script web app). Without an endpoint, responses stay on each respondent's device, who can download them. A response is kept on the device until the endpoint confirms it, and is retried after network failures, so an endpoint may receive the same response more than once: store responses by `responseId` and ignore repeats. No link parameter can change the endpoint. When this build has an endpoint, check it with “Send a test response” at the top of this page. Test responses carry the wave `test`: leave that wave out when you analyse.",
    linksHeading: '2. Distribute links',
    linksIntro:
      'Each instrument accepts these link parameters, which are shown to respondents before they start and sent with their answers:',
    parameter: 'Parameter',
    meaning: 'Meaning',
    parameterMeaning: '{description} Up to {maxLength} characters: letters, digits and a few separators.',
    linksAdvice:
      'Use the [link builder]({linkBuilder}) to make valid links and QR codes. Give each respondent a code rather than asking for names if you want to link waves; keep the list that connects codes to people apart from the data, or do not keep one at all.',
    responsesHeading: '3. What a response contains',
    responsesBody:
      'A response is one JSON object, described by the published schema [`{schema}`]({schema}): a random `responseId` made on the device; the instrument\'s `id`, `version` and content `hash`; the link parameters; the answers keyed by codebook variable names (`-8` for “{dontKnow}”, `-9` for “{notApplicable}”; version 1 used `"na"` for both); the scores computed on the device; start and finish times; and the browser\'s language. Nothing else is collected: no names, no free text, no cookies.',
    codebooksIntro:
      'The codebooks list every variable with its question, response values and labels, construct and keying:',
    codebooks: '{title}: [codebook (CSV)]({csv}), [codebook (JSON)]({json})',
    ethicsHeading: '4. Consent and ethics',
    ethicsConsent:
      'Each instrument opens with a plain consent statement: taking part is voluntary, respondents can stop at any time, and no names are asked. Add what your own ethics review requires in the invitation that carries the link.',
    ethicsShareBack:
      'Respondents see their own results at once. Share group results back with the communities that gave them, before or alongside any report about them.',
    ethicsUse:
      'Use results to open conversations, not to rank or evaluate people. The instruments are new and developmental, not validated scales; the bands are descriptive labels, not norms.',
    ethicsGroups:
      "Report a group's results only when enough members answered to protect individuals, and aggregate to a community or organization only when its members agree enough to make the average meaningful.",
    versionsHeading: '5. Versions and content hashes',
    versionsBody:
      'Every instrument has a semantic version and a content hash: a fingerprint of its wording, order, response scales and scoring rules. Any change to those gets a new version, and every response records the version and hash it answered, so responses to different versions are never mixed by accident: the analysis reports them.',
    versionLine: 'Version {version} · {questions} questions',
    citeHeading: '6. Citing an instrument',
    citeIntro: 'Cite the version you used, with its hash, so others can see exactly what respondents answered:',
    citation: 'Cultivate. ({year}). _{title}_ (Version {version}, {hash}) [Survey instrument].',
    analysisHeading: '7. Analysing responses',
    analysisBody:
      "The [analysis page]({analysis}) reads NDJSON, JSON or CSV files of responses in your browser, checks each against the instrument and version it claims, scores it with the same code as the respondent's report, and summarises: numbers per group or combination of groups (small groups hidden), construct means, standard deviations and the spread of scores, whether members agree enough to speak of a group's view (rwg(j), ICC(1) and ICC(2)), stage estimates, change between waves for the same respondent codes, and reliability as statistics packages report it (Cronbach's alpha with its confidence interval, item statistics, alpha if an item is deleted). The same is available offline with `npm run analyze -- files…`, and `npm run score -- files…` writes one row of scores per response.",
    teamHeading: 'Team sessions for coaches',
    teamBody:
      "A coach or community coordinator who runs a collector can gather one community's answers into a private team view: the [link builder]({linkBuilder})'s Team session form makes a link for the members and a separate facilitator link. The team view shows only the group's combined answers, where members agree and where they see things differently, the group's stage and what to talk about, and nothing until enough people have answered (five, or a number the facilitator sets, never fewer than three). The facilitator can print a one-page summary, close the session and delete it with its responses.",
  },
  {
    es: {
      title: 'Para investigación',
      description:
        'Cómo distribuir los instrumentos de Cultivate con enlaces, qué contiene una respuesta, consentimiento y ética, versiones y hashes de contenido, cómo citar un instrumento y cómo analizar las respuestas de forma privada.',
      lead: 'Todo lo que hay aquí funciona en su navegador o con los scripts del proyecto: ningún dato de las respuestas sale de su equipo, a menos que usted lo envíe a su propio punto de recepción.',
      tools: 'Herramientas',
      linkBuilder: 'Generador de enlaces',
      linkBuilderAbout:
        'Cree enlaces de distribución y códigos QR, de uno en uno o en lotes de códigos de participante.',
      analysis: 'Análisis',
      analysisAbout:
        'Suelte archivos de respuestas para calcular puntajes, comparar grupos y revisar la confiabilidad, de forma privada en su navegador.',
      instruments: 'Instrumentos y libros de códigos',
      instrumentsAbout: 'Todos los instrumentos, con libros de códigos, definiciones de SurveyJS y versiones en papel.',
      authoring: 'Adaptar o agregar un instrumento',
      authoringAbout:
        'Cambie un instrumento con una nueva versión, o empiece uno nuevo, y lea qué informa cada revisión.',
      endpointHeading: '1. Decida adónde van las respuestas',
      endpointBody:
        'Una copia de este sitio envía cada respuesta completa a una dirección, su *punto de recepción*, que se fija al construir el sitio (`PUBLIC_RESPONSE_ENDPOINT`; vea ejemplos en el README del proyecto, entre ellos una aplicación web de Google Apps Script). Sin punto de recepción, las respuestas se quedan en el dispositivo de cada persona, que puede descargarlas. Una respuesta se guarda en el dispositivo hasta que el punto de recepción la confirma, y se reintenta tras fallas de red, así que un punto de recepción puede recibir la misma respuesta más de una vez: guarde las respuestas por `responseId` y descarte las repetidas. Ningún parámetro del enlace puede cambiar el punto de recepción. Si esta versión del sitio tiene punto de recepción, pruébelo con “Enviar una respuesta de prueba”, al principio de esta página. Las respuestas de prueba llevan la ronda `test`: deje fuera esa ronda al analizar.',
      linksHeading: '2. Distribuya los enlaces',
      linksIntro:
        'Cada instrumento acepta estos parámetros en el enlace, que se muestran a las personas antes de empezar y se envían con sus respuestas:',
      parameter: 'Parámetro',
      meaning: 'Significado',
      parameterMeaning: '{description} Hasta {maxLength} caracteres: letras, dígitos y algunos separadores.',
      linksAdvice:
        'Use el [generador de enlaces]({linkBuilder}) para crear enlaces válidos y códigos QR. Si quiere vincular rondas, dé a cada persona un código en lugar de pedirle su nombre; guarde la lista que relaciona códigos y personas aparte de los datos, o no guarde ninguna.',
      responsesHeading: '3. Qué contiene una respuesta',
      responsesBody:
        'Una respuesta es un objeto JSON, descrito por el esquema publicado [`{schema}`]({schema}): un `responseId` aleatorio creado en el dispositivo; el `id`, la `version` y el `hash` de contenido del instrumento; los parámetros del enlace; las respuestas con los nombres de variable del libro de códigos (`-8` para “{dontKnow}”, `-9` para “{notApplicable}”; la versión 1 usaba `"na"` para ambas); los puntajes calculados en el dispositivo; las horas de inicio y de fin; y el idioma del navegador. No se recoge nada más: ni nombres, ni texto libre, ni cookies.',
      codebooksIntro:
        'Los libros de códigos enumeran cada variable con su pregunta, sus valores y etiquetas de respuesta, su constructo y su sentido:',
      codebooks: '{title}: [libro de códigos (CSV)]({csv}), [libro de códigos (JSON)]({json})',
      ethicsHeading: '4. Consentimiento y ética',
      ethicsConsent:
        'Cada instrumento empieza con una declaración de consentimiento sencilla: participar es voluntario, se puede dejar de responder en cualquier momento y no se piden nombres. Agregue lo que exija su propio comité de ética en la invitación que lleva el enlace.',
      ethicsShareBack:
        'Las personas ven sus propios resultados de inmediato. Comparta los resultados del grupo con las comunidades que los dieron, antes de cualquier informe sobre ellas o junto con él.',
      ethicsUse:
        'Use los resultados para abrir conversaciones, no para clasificar ni evaluar a las personas. Los instrumentos son nuevos y están en desarrollo; no son escalas validadas, y las bandas son etiquetas descriptivas, no normas.',
      ethicsGroups:
        'Informe los resultados de un grupo solo cuando hayan respondido suficientes integrantes para proteger a cada persona, y agregue a nivel de comunidad u organización solo cuando sus integrantes coincidan lo suficiente para que la media tenga sentido.',
      versionsHeading: '5. Versiones y hashes de contenido',
      versionsBody:
        'Cada instrumento tiene una versión semántica y un hash de contenido: una huella de su redacción, su orden, sus escalas de respuesta y sus reglas de puntaje. Cualquier cambio en ellos lleva a una nueva versión, y cada respuesta registra la versión y el hash que respondió, así que nunca se mezclan por accidente respuestas a versiones distintas: el análisis las señala.',
      versionLine: 'Versión {version} · {questions} preguntas',
      citeHeading: '6. Cómo citar un instrumento',
      citeIntro: 'Cite la versión que usó, con su hash, para que otras personas vean exactamente qué se respondió:',
      citation: 'Cultivate. ({year}). _{title}_ (Versión {version}, {hash}) [Instrumento de encuesta].',
      analysisHeading: '7. Análisis de las respuestas',
      analysisBody:
        'La [página de análisis]({analysis}) lee en su navegador archivos de respuestas NDJSON, JSON o CSV, revisa cada una contra el instrumento y la versión que declara, calcula su puntaje con el mismo código que el informe de la persona, y resume: cantidades por grupo o combinación de grupos (los grupos pequeños se ocultan), medias de los constructos, desviaciones estándar y la dispersión de los puntajes, si los integrantes coinciden lo suficiente para hablar de la opinión del grupo (rwg(j), ICC(1) e ICC(2)), estimaciones de etapa, cambios entre rondas para los mismos códigos de participante, y la confiabilidad tal como la informan los programas de estadística (alfa de Cronbach con su intervalo de confianza, estadísticas de cada ítem, alfa si se elimina un ítem). Lo mismo está disponible sin conexión con `npm run analyze -- files…`, y `npm run score -- files…` escribe una fila de puntajes por respuesta.',
      teamHeading: 'Sesiones de equipo para coaches',
      teamBody:
        'Un coach o una persona que coordina una comunidad y tiene un recolector puede reunir las respuestas de una comunidad en una vista privada del equipo: el formulario “Sesión de equipo” del [generador de enlaces]({linkBuilder}) crea un enlace para los integrantes y otro, aparte, para la persona que facilita. La vista del equipo muestra solo las respuestas combinadas del grupo, en qué coinciden y en qué ven las cosas de otra manera, la etapa del grupo y de qué conversar, y nada hasta que hayan respondido suficientes personas (cinco, o el número que fije la persona que facilita, nunca menos de tres). La persona que facilita puede imprimir un resumen de una página, cerrar la sesión y eliminarla junto con sus respuestas.',
    },
  },
);
